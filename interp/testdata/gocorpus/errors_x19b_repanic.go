package main

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
)

type ParseError struct {
	Line int
	Msg  string
}

func (p *ParseError) Error() string { return fmt.Sprintf("line %d: %s", p.Line, p.Msg) }

func mustParse(lines []string) []int {
	var out []int
	for i, l := range lines {
		if strings.TrimSpace(l) == "" {
			panic(&ParseError{i + 1, "empty line"})
		}
		out = append(out, len(l))
	}
	return out
}

func Parse(lines []string) (res []int, err error) {
	defer func() {
		if r := recover(); r != nil {
			if pe, ok := r.(*ParseError); ok {
				err = pe
				return
			}
			panic(r) // not ours: re-panic
		}
	}()
	return mustParse(lines), nil
}

func outer() (msg string) {
	defer func() {
		r := recover()
		msg = fmt.Sprintf("outer caught %v", r)
	}()
	_, _ = Parse(nil)
	var arr []int
	_ = arr[3]
	return "unreachable"
}

func reRepanic() (s string) {
	defer func() {
		s = fmt.Sprint("final: ", recover())
	}()
	defer func() {
		r := recover()
		panic(fmt.Sprintf("wrapped(%v)", r))
	}()
	panic("original")
}

func noPanic() any {
	return recover()
}

func main() {
	fmt.Println(Parse([]string{"ab", "cde"}))
	res, err := Parse([]string{"ok", "  ", "x"})
	fmt.Println(res, err)
	var pe *ParseError
	fmt.Println(errors.As(err, &pe), pe.Line)

	fmt.Println(outer())
	fmt.Println(reRepanic())
	fmt.Println(noPanic())

	func() {
		defer func() {
			r := recover()
			err, ok := r.(runtime.Error)
			fmt.Println(ok, err)
		}()
		var m map[string][]int
		m["k"] = append(m["k"], 1)
	}()

	func() {
		defer func() {
			r := recover()
			fmt.Printf("%T %v\n", r, r)
		}()
		panic(fmt.Errorf("wrapped: %w", errors.ErrUnsupported))
	}()
	func() {
		defer func() {
			r := recover()
			fmt.Printf("%T %v\n", r, r)
		}()
		panic(42)
	}()
}
