// Exercises: recovered panic value used as an error via r.(error) with comma-ok.
package main

import (
	"errors"
	"fmt"
)

func safely(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = fmt.Errorf("panic error: %w", e)
			} else {
				err = fmt.Errorf("panic value: %v", r)
			}
		}
	}()
	f()
	return nil
}

var ErrBoom = errors.New("boom")

func main() {
	fmt.Println(safely(func() {}))
	err := safely(func() { panic(ErrBoom) })
	fmt.Println(err, errors.Is(err, ErrBoom))
	fmt.Println(safely(func() { panic(42) }))
	err = safely(func() {
		var m map[string]int
		m["x"] = 1
	})
	fmt.Println(err)
	err = safely(func() {
		a := []int{1}
		i := 3
		_ = a[i]
	})
	fmt.Println(err)
}
