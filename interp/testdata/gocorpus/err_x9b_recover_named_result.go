// Exercises: panics converted to errors by recover in a deferred closure that sets a named result: runtime errors (index, nil map, divide by zero, nil pointer), custom panics, re-panic of unknown values.
package main

import (
	"errors"
	"fmt"
	"runtime"
)

type parseError struct{ msg string }

func safely(name string, f func() int) (result int, err error) {
	defer func() {
		if r := recover(); r != nil {
			switch x := r.(type) {
			case runtime.Error:
				err = fmt.Errorf("%s: runtime: %v", name, x)
			case parseError:
				err = errors.New(name + ": parse: " + x.msg)
			case error:
				err = fmt.Errorf("%s: %w", name, x)
			default:
				err = fmt.Errorf("%s: %v", name, x)
			}
			result = -1
		}
	}()
	return f(), nil
}

var ErrBad = errors.New("bad input")

func main() {
	zero := 0
	var m map[string]int
	var p *struct{ N int }
	cases := []struct {
		name string
		f    func() int
	}{
		{"ok", func() int { return 42 }},
		{"index", func() int { s := []int{1, 2}; i := 5; return s[i] }},
		{"divide", func() int { return 10 / zero }},
		{"nilmap", func() int { m["x"] = 1; return 0 }},
		{"nilptr", func() int { return p.N }},
		{"custom", func() int { panic(parseError{"unexpected ')'"}) }},
		{"wrapped", func() int { panic(fmt.Errorf("ctx: %w", ErrBad)) }},
		{"string", func() int { panic("plain string") }},
		{"int", func() int { panic(7) }},
	}
	for _, c := range cases {
		r, err := safely(c.name, c.f)
		fmt.Println(r, err, errors.Is(err, ErrBad))
	}
}
