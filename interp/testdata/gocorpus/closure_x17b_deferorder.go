package main

import (
	"errors"
	"fmt"
)

func trace(name string) func() {
	fmt.Println("enter", name)
	return func() { fmt.Println("exit", name) }
}

func divide(a, b int) (res int, err error) {
	defer trace("divide")()
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			res = -1
		}
	}()
	res = a / b
	return
}

func counter() (func() int, func()) {
	n := 0
	return func() int { n++; return n }, func() { n = 0 }
}

func loopDefers() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("defer i", i)
	}
	for i := range 3 {
		defer func() { fmt.Println("closure i", i) }()
	}
}

var ErrBad = errors.New("bad")

func nested() (err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = fmt.Errorf("nested: %w", e)
			}
		}
	}()
	func() {
		defer func() { fmt.Println("inner defer runs") }()
		panic(ErrBad)
	}()
	return nil
}

func main() {
	fmt.Println(divide(10, 2))
	fmt.Println(divide(1, 0))
	inc, reset := counter()
	inc()
	inc()
	fmt.Println(inc())
	reset()
	fmt.Println(inc())
	loopDefers()
	err := nested()
	fmt.Println(err, errors.Is(err, ErrBad))
	var fs []func() string
	for _, s := range []string{"a", "b", "c"} {
		fs = append(fs, func() string { return s + s })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	x := 1
	defer fmt.Println("deferred x =", x)
	x = 2
	func() {
		defer func() { x *= 10 }()
		x++
	}()
	fmt.Println("x now", x)
}
