// Exercises: panicking with an error value, recovering it as error, errors.As on custom types, panic(nil) under Go 1.21+
package main

import (
	"errors"
	"fmt"
)

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "not found: " + e.Key }

func lookup(k string) {
	panic(&NotFound{k})
}

// guard reports a panic as an error, naming the kind of value it carried.
func guard(f func()) (err error) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		if nf, ok := r.(*NotFound); ok {
			err = nf
		} else if e, ok := r.(error); ok {
			err = fmt.Errorf("other error: %w", e)
		} else {
			err = fmt.Errorf("non-error panic: %v", r)
		}
	}()
	f()
	return
}

func main() {
	err := guard(func() { lookup("k1") })
	var nf *NotFound
	fmt.Println("as NotFound:", errors.As(err, &nf), nf.Key)
	err = guard(func() { panic("text") })
	fmt.Println(err)
	err = guard(func() { panic(nil) })
	fmt.Printf("panic(nil): %v\n", err)
	err = guard(func() {})
	fmt.Println("no panic:", err == nil)
}
