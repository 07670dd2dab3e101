// Exercises: panics with error values of struct and named int types, recovered and switched on, wrapped and found by errors.As, and one left uncaught
package main

import (
	"errors"
	"fmt"
)

type E struct{ N int }

func (e E) Error() string { return fmt.Sprint("e", e.N) }

type Code int

func (c Code) Error() string { return fmt.Sprint("code ", int(c)) }

func try(f func()) (err error) {
	defer func() {
		switch r := recover().(type) {
		case nil:
		case E:
			err = fmt.Errorf("E %d", r.N)
		case error:
			err = r
		default:
			err = fmt.Errorf("%v", r)
		}
	}()
	f()
	return nil
}

func main() {
	fmt.Println(try(func() { panic(E{4}) }))
	fmt.Println(try(func() { panic(Code(7)) }))
	fmt.Println(try(func() { panic("text") }))
	err := try(func() { panic(Code(9)) })
	var c Code
	fmt.Println(errors.As(err, &c), c, err == Code(9))
	panic(E{5})
}
