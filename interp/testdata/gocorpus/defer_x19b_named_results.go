package main

import (
	"errors"
	"fmt"
)

func order() {
	for i := range 3 {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("body done")
}

func double(x int) (result int) {
	defer func() { result *= 2 }()
	return x + 1
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			q = -1
		}
	}()
	q = a / b
	return
}

type resource struct{ name string }

func (r *resource) Close() error {
	fmt.Println("closing", r.name)
	if r.name == "bad" {
		return errors.New("close failed")
	}
	return nil
}

func useResource(name string) (err error) {
	r := &resource{name}
	defer func() {
		if cerr := r.Close(); cerr != nil && err == nil {
			err = cerr
		}
	}()
	fmt.Println("using", name)
	return nil
}

func argsEvaluatedEarly() {
	x := 10
	defer fmt.Println("deferred x =", x)
	x = 20
	defer func() { fmt.Println("closure x =", x) }()
	x = 30
}

func trace(name string) func() {
	fmt.Println("enter", name)
	return func() { fmt.Println("exit", name) }
}

func nested() {
	defer trace("nested")()
	fmt.Println("in nested")
}

func main() {
	order()
	fmt.Println(double(4))
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(7, 0))
	fmt.Println(useResource("good"))
	fmt.Println(useResource("bad"))
	argsEvaluatedEarly()
	nested()
	func() {
		defer func() {
			fmt.Println("outer recover:", recover())
		}()
		defer func() {
			panic("second panic")
		}()
		panic("first panic")
	}()
	var f func()
	func() {
		defer func() { fmt.Println("nil func defer:", recover() != nil) }()
		defer f()
		fmt.Println("before nil deferred call")
	}()
}
