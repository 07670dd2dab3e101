// Deferred calls, panic and recover, after sections 5.8 to 5.10.
package main

import (
	"errors"
	"fmt"
	"strings"
)

func trace(msg string) func() {
	fmt.Printf("enter %s\n", msg)
	return func() { fmt.Printf("exit %s\n", msg) }
}

func bigSlowOperation() {
	defer trace("bigSlowOperation")()
	fmt.Println("working...")
}

func double(x int) (result int) {
	defer func() { fmt.Printf("double(%d) = %d\n", x, result) }()
	return x + x
}

func triple(x int) (result int) {
	defer func() { result += x }()
	return double(x)
}

func f(x int) {
	fmt.Printf("f(%d)\n", x+0/x) // panics if x == 0
	defer fmt.Printf("defer %d\n", x)
	f(x - 1)
}

type bailout struct{ reason string }

// soleTitle returns the text of the first non-empty title element and an
// error if there are not exactly one.
func soleTitle(doc []string) (title string, err error) {
	defer func() {
		switch p := recover(); p {
		case nil:
		case bailout{"multiple"}:
			err = fmt.Errorf("multiple title elements")
		default:
			panic(p)
		}
	}()
	for _, el := range doc {
		if t, ok := strings.CutPrefix(el, "title:"); ok {
			if title != "" {
				panic(bailout{"multiple"})
			}
			title = t
		}
	}
	if title == "" {
		return "", errors.New("no title element")
	}
	return title, nil
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func mustPositive(n int) int {
	if n <= 0 {
		panic(fmt.Sprintf("mustPositive(%d)", n))
	}
	return n
}

func main() {
	bigSlowOperation()
	_ = double(4)
	fmt.Println(triple(4))

	func() {
		defer func() {
			r := recover()
			fmt.Printf("recovered %T: %v\n", r, r)
			if e, ok := r.(error); ok {
				fmt.Println("is runtime error:", strings.HasPrefix(e.Error(), "runtime error"))
			}
		}()
		f(3)
	}()

	docs := [][]string{
		{"head", "title:The Go Programming Language", "body"},
		{"title:One", "title:Two"},
		{"body"},
	}
	for _, d := range docs {
		t, err := soleTitle(d)
		fmt.Printf("%q %v\n", t, err)
	}
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(7, 0))

	func() {
		defer func() { fmt.Println("caught:", recover()) }()
		fmt.Println(mustPositive(5))
		fmt.Println(mustPositive(-1))
	}()

	for i := range 3 {
		defer fmt.Println("deferred in main", i)
	}
}
