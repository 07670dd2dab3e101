package main

import (
	"errors"
	"fmt"
)

type logger struct{ prefix string }

func (l logger) Log(msg string) { fmt.Println(l.prefix + msg) }

func trace(name string) func() {
	fmt.Println("enter", name)
	return func() { fmt.Println("exit", name) }
}

func counter() (n int) {
	defer func() { n *= 2 }()
	n = 3
	return n + 1
}

func unnamed() int {
	x := 5
	defer func() { x = 100 }()
	return x
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	q = a / b
	return
}

func cleanup() (err error) {
	defer func() {
		if cerr := errors.New("close failed"); err == nil {
			err = cerr
		}
	}()
	return nil
}

func main() {
	// LIFO
	for i := range 4 {
		defer fmt.Println("deferred", i)
	}

	// arguments evaluated at defer time
	x := 1
	defer fmt.Println("x at defer:", x)
	x = 2
	defer func() { fmt.Println("x in closure:", x) }()
	x = 3

	// method value receiver evaluated at defer time
	l := logger{"[A] "}
	defer l.Log("method value")
	l.prefix = "[B] "

	func() {
		defer trace("inner")()
		fmt.Println("working")
	}()

	fmt.Println(counter())
	fmt.Println(unnamed())
	fmt.Println(safeDiv(10, 2))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(cleanup())

	// defer and panic ordering
	func() {
		defer func() {
			r := recover()
			fmt.Println("recovered", r)
		}()
		defer fmt.Println("second defer runs first")
		panic("boom")
	}()

	// recover only in deferred function directly
	func() {
		defer func() {
			func() {
				fmt.Println("nested recover:", recover())
			}()
			fmt.Println("outer recover:", recover())
		}()
		panic("deep")
	}()
	fmt.Println("end of main")
}
