package main

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
)

func safeDivide(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	q = a / b
	return
}

func deferOrder() {
	for i := 0; i < 4; i++ {
		defer fmt.Print(i, " ")
	}
	fmt.Print("deferred in reverse: ")
}

func tripleReturn() (n int) {
	defer func() { n *= 3 }()
	n = 2
	return n + 1
}

type parseError struct {
	line int
	msg  string
}

func (e parseError) Error() string { return fmt.Sprintf("line %d: %s", e.line, e.msg) }

func mustParse(lines []string) (result []string, err error) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		if pe, ok := r.(parseError); ok {
			err = pe
			return
		}
		panic(r) // not ours: re-panic
	}()
	for i, l := range lines {
		if !strings.Contains(l, "=") {
			panic(parseError{i + 1, fmt.Sprintf("missing '=' in %q", l)})
		}
		result = append(result, strings.SplitN(l, "=", 2)[0])
	}
	return result, nil
}

func nested() (s string) {
	defer func() {
		r := recover()
		s = fmt.Sprintf("outer recovered %v", r)
	}()
	func() {
		defer func() {
			r := recover()
			panic(fmt.Sprintf("re-panic after %v", r))
		}()
		panic("first")
	}()
	return "unreachable"
}

func main() {
	fmt.Println(safeDivide(10, 2))
	fmt.Println(safeDivide(1, 0))

	deferOrder()
	fmt.Println()

	fmt.Println("tripleReturn:", tripleReturn())

	keys, err := mustParse([]string{"a=1", "b=2"})
	fmt.Println(keys, err)
	keys, err = mustParse([]string{"a=1", "oops", "c=3"})
	fmt.Println(keys, err)
	var pe parseError
	fmt.Println("is parseError:", errors.As(err, &pe), pe.line)

	fmt.Println(nested())

	func() {
		defer func() {
			r := recover()
			fmt.Printf("recovered: %v\n", r)
			if e, ok := r.(runtime.Error); ok {
				fmt.Println("is a runtime.Error:", e.Error())
			}
		}()
		var m map[string]int
		m["x"] = 1
	}()

	func() {
		defer func() { fmt.Println("recover returns:", recover()) }()
		var arr []int
		_ = arr[5]
	}()

	func() {
		defer func() { fmt.Println("custom error panic:", recover()) }()
		panic(errors.New("something bad"))
	}()

	fmt.Println("recover outside panic:", recover())
	fmt.Println("program finished normally")
}
