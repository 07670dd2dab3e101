package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ Code int }

func (e MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	q = a / b
	return
}

func counter() (n int) {
	defer func() { n *= 2 }()
	defer func() { n += 3 }()
	return 1
}

func order() {
	for i := 0; i < 3; i++ {
		defer fmt.Print("d", i, " ")
	}
	fmt.Print("body ")
}

func rethrow() (err error) {
	defer func() {
		r := recover()
		if e, ok := r.(error); ok {
			err = e
			return
		}
		if r != nil {
			panic(r)
		}
	}()
	panic(MyErr{42})
}

func nested() (s string) {
	defer func() {
		s += fmt.Sprint(" outer:", recover())
	}()
	defer func() {
		defer func() {
			s += fmt.Sprint(" inner:", recover())
		}()
		panic("second")
	}()
	panic("first")
}

func argsEval() {
	x := 1
	defer fmt.Println("deferred x =", x)
	x = 2
	defer func() { fmt.Println("closure x =", x) }()
	x = 3
}

func main() {
	fmt.Println(safeDiv(10, 3))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(counter())
	order()
	fmt.Println()
	err := rethrow()
	var me MyErr
	fmt.Println(err, errors.As(err, &me), me.Code)
	fmt.Println(nested())
	argsEval()
	func() {
		defer func() {
			r := recover()
			fmt.Printf("%T %v\n", r, r)
		}()
		var m map[string]int
		m["x"] = 1
	}()
	func() {
		defer func() {
			r := recover()
			err, ok := r.(error)
			fmt.Println(ok, err)
		}()
		var arr []int
		_ = arr[5]
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var p *MyErr
		fmt.Println(p.Code)
	}()
	fmt.Println("recover outside panic:", recover())
}
