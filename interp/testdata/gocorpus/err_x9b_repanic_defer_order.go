// Exercises: recover then re-panic with a wrapped value, nested defers, recover returning nil when not panicking, panic during a deferred call replacing the first panic.
package main

import (
	"errors"
	"fmt"
)

func layer(n int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if n == 0 {
				err = fmt.Errorf("layer 0 caught: %v", r)
				return
			}
			panic(fmt.Sprintf("layer %d <- %v", n, r))
		}
	}()
	if n == 2 {
		panic("boom")
	}
	return layer(n + 1)
}

func replaced() (msg string) {
	defer func() { msg = fmt.Sprint("final: ", recover()) }()
	defer func() { panic("second") }()
	panic("first")
}

func noPanic() any {
	defer func() {}()
	return recover()
}

func order() {
	for i := 0; i < 3; i++ {
		defer fmt.Print(i, " ")
	}
	defer fmt.Print("| ")
}

func main() {
	fmt.Println(layer(0))
	fmt.Println(replaced())
	fmt.Println(noPanic() == nil)
	order()
	fmt.Println()
	err := func() (err error) {
		defer func() {
			if r := recover(); r != nil {
				err = errors.Join(errors.New("recovered"), fmt.Errorf("%v", r))
			}
		}()
		var a []int
		_ = a[3]
		return nil
	}()
	fmt.Println(err)
}
