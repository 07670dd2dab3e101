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

func (p ParseError) Error() string { return fmt.Sprintf("line %d: %s", p.Line, p.Msg) }

func safe(name string, f func()) (err error) {
	defer func() {
		r := recover()
		switch v := r.(type) {
		case nil:
		case runtime.Error:
			err = fmt.Errorf("%s: runtime: %w", name, v)
		case error:
			err = fmt.Errorf("%s: %w", name, v)
		case string:
			err = fmt.Errorf("%s: %s", name, v)
		default:
			err = fmt.Errorf("%s: unknown panic %v (%T)", name, v, v)
		}
	}()
	f()
	return nil
}

func grid(s string) [][]byte {
	var g [][]byte
	for _, l := range strings.Split(s, "\n") {
		g = append(g, []byte(l))
	}
	return g
}

func main() {
	g := grid("ab\ncd")
	var m map[string]int
	var p *ParseError
	tests := []struct {
		name string
		f    func()
	}{
		{"index", func() { _ = g[2][0] }},
		{"nil-map", func() { m["x"] = 1 }},
		{"nil-ptr", func() { _ = p.Line }},
		{"custom", func() { panic(ParseError{3, "bad token"}) }},
		{"string", func() { panic("plain " + "string") }},
		{"int", func() { panic(42) }},
		{"conv", func() { var x any = "s"; _ = x.(int) }},
		{"slice", func() { s := []int{1, 2, 3}; i := 5; _ = s[1:i] }},
		{"ok", func() {}},
		{"divide", func() { a, b := 1, 0; _ = a / b }},
		{"closed", func() { c := make(chan int); close(c); close(c) }},
		{"wrapped", func() { panic(fmt.Errorf("ctx: %w", ParseError{9, "eof"})) }},
	}
	for _, t := range tests {
		err := safe(t.name, t.f)
		var pe ParseError
		var re runtime.Error
		fmt.Printf("%-8s err=%v | parse=%v runtime=%v\n", t.name, err, errors.As(err, &pe), errors.As(err, &re))
		if pe.Line != 0 {
			fmt.Println("         line", pe.Line)
		}
	}
	order := []string{}
	func() {
		defer func() { order = append(order, fmt.Sprint("recover:", recover())) }()
		for i := range 3 {
			defer func() { order = append(order, fmt.Sprint("defer", i)) }()
		}
		panic("boom")
	}()
	fmt.Println(order)
}
