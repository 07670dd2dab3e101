package main

import (
	"errors"
	"fmt"
	"strings"
)

func mayPanic() {
	panic("a problem")
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

func parseAll(items []string) (out []int, err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = e
				return
			}
			panic(r)
		}
	}()
	for _, it := range items {
		if strings.HasPrefix(it, "-") {
			panic(errors.New("negative not allowed: " + it))
		}
		out = append(out, len(it))
	}
	return out, nil
}

type stack []string

func (s *stack) push(v string) { *s = append(*s, v) }

func main() {
	defer fmt.Println("main deferred last")
	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("Recovered. Error:\n", r)
			}
		}()
		mayPanic()
		fmt.Println("After mayPanic()")
	}()

	fmt.Println(safeDiv(10, 2))
	fmt.Println(safeDiv(1, 0))

	fmt.Println(parseAll([]string{"ab", "cde"}))
	fmt.Println(parseAll([]string{"ab", "-x", "q"}))

	var s stack
	func() {
		for i := range 3 {
			defer s.push(fmt.Sprint("d", i))
		}
	}()
	fmt.Println(s)

	func() {
		defer func() {
			r := recover()
			fmt.Printf("%T: %v\n", r, r)
		}()
		var arr []int
		_ = arr[5]
	}()
	func() {
		defer func() {
			r := recover()
			err, ok := r.(error)
			fmt.Println(ok, err)
		}()
		var m map[string]int
		m["x"] = 1
	}()
	fmt.Println(recover())
}
