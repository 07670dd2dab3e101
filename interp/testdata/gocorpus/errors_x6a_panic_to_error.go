// Exercises: panics converted to errors with named results and recover, runtime.Error, re-panic of non-errors
package main

import (
	"errors"
	"fmt"
	"runtime"
)

type ParseError struct {
	Pos int
	Msg string
}

func (p ParseError) Error() string { return fmt.Sprintf("pos %d: %s", p.Pos, p.Msg) }

func safely(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			switch x := r.(type) {
			case runtime.Error:
				err = fmt.Errorf("runtime: %w", x)
			case error:
				err = x
			default:
				err = fmt.Errorf("panic: %v", x)
			}
		}
	}()
	f()
	return nil
}

func main() {
	var xs []int
	e1 := safely(func() { _ = xs[3] })
	e2 := safely(func() { panic(ParseError{4, "unexpected ')'"}) })
	e3 := safely(func() { panic(fmt.Sprint("boom ", 7)) })
	e4 := safely(func() {})
	var m map[string]int
	e5 := safely(func() { m["x"] = 1 })
	for _, e := range []error{e1, e2, e3, e4, e5} {
		fmt.Println(e)
	}
	var re runtime.Error
	fmt.Println(errors.As(e1, &re), errors.As(e3, &re))
	var pe ParseError
	fmt.Println(errors.As(e2, &pe), pe.Pos, e2 == ParseError{4, "unexpected ')'"})
}
