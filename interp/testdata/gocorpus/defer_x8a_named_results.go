// Exercises: deferred closures modify named results after return sets them; return values with defer
package main

import (
	"errors"
	"fmt"
)

func double() (n int) {
	defer func() { n *= 2 }()
	return 21
}

func unnamed() int {
	n := 1
	defer func() { n = 100 }()
	return n
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			q = -1
		}
	}()
	return a / b, nil
}

func wrap() (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("wrap: %w", err)
		}
	}()
	return errors.New("base")
}

// A panic raised by one deferred call is recovered by a deferred call registered before it.
func repanic() (msg string) {
	defer func() { msg = fmt.Sprint("outer recovered: ", recover()) }()
	defer func() { panic(fmt.Sprint("again after ", recover())) }()
	panic("first")
}

func main() {
	fmt.Println("named result doubled:", double())
	fmt.Println("unnamed result unaffected:", unnamed())
	q, err := safeDiv(7, 2)
	fmt.Println("ok division:", q, err)
	q, err = safeDiv(7, 0)
	fmt.Println("divide by zero:", q, err)
	fmt.Println(repanic())
	e := wrap()
	fmt.Println("wrapped:", e, errors.Unwrap(e))
}
