package main

import (
	"errors"
	"fmt"
	"strings"
)

type stackErr struct{ op string }

func (s stackErr) Error() string { return "stack: " + s.op }

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() T {
	if len(s.items) == 0 {
		panic(stackErr{"pop on empty"})
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

func safe(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			switch x := r.(type) {
			case error:
				err = fmt.Errorf("recovered error: %w", x)
			default:
				err = fmt.Errorf("recovered: %v", x)
			}
		}
	}()
	f()
	return nil
}

func eval(expr string) (result int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("eval %q: %v", expr, r)
		}
	}()
	var st Stack[int]
	for _, tok := range strings.Fields(expr) {
		switch tok {
		case "+", "-", "*", "/":
			b, a := st.Pop(), st.Pop()
			switch tok {
			case "+":
				st.Push(a + b)
			case "-":
				st.Push(a - b)
			case "*":
				st.Push(a * b)
			case "/":
				st.Push(a / b)
			}
		default:
			n := 0
			for _, c := range tok {
				if c < '0' || c > '9' {
					panic("bad token " + tok)
				}
				n = n*10 + int(c-'0')
			}
			st.Push(n)
		}
	}
	return st.Pop(), nil
}

func main() {
	fmt.Println(safe(func() { panic("plain") }))
	fmt.Println(safe(func() { var m map[string]int; m["a"] = 1 }))
	fmt.Println(safe(func() { a := []int{1}; i := 3; _ = a[i] }))
	fmt.Println(safe(func() { var p *struct{ x int }; p.x = 1 }))
	err := safe(func() { panic(stackErr{"x"}) })
	var se stackErr
	fmt.Println(err, errors.As(err, &se), se.op)
	fmt.Println(safe(func() {}))

	for _, e := range []string{"3 4 +", "2 3 4 * +", "1 +", "8 0 /", "5 x *", "10 2 - 3 *"} {
		r, err := eval(e)
		fmt.Println(r, err)
	}

	func() {
		defer func() {
			r := recover()
			fmt.Println("re-recovered:", r)
		}()
		defer func() {
			r := recover()
			panic(fmt.Sprint("again after ", r))
		}()
		panic("first")
	}()
	fmt.Println("done")
}
