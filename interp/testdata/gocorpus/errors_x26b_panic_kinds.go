package main

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
)

type ValidationPanic struct{ Field string }

func safe(name string, f func()) (err error) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		switch v := r.(type) {
		case runtime.Error:
			err = fmt.Errorf("%s: runtime: %w", name, v)
		case error:
			err = fmt.Errorf("%s: error: %w", name, v)
		case ValidationPanic:
			err = fmt.Errorf("%s: invalid field %s", name, v.Field)
		case string:
			err = errors.New(name + ": " + v)
		default:
			err = fmt.Errorf("%s: unknown panic %T %v", name, v, v)
		}
	}()
	f()
	return nil
}

var ErrCustom = errors.New("custom failure")

func nested() (result string) {
	defer func() {
		if r := recover(); r != nil {
			result = fmt.Sprint("recovered inner: ", r)
			panic(fmt.Sprintf("re-panic(%v)", r))
		}
	}()
	panic("inner")
}

func deferOrder() (out []string) {
	for i := range 3 {
		defer func() { out = append(out, fmt.Sprint("d", i)) }()
	}
	return []string{"start"}
}

func main() {
	var arr []int
	var m map[string]int
	var p *struct{ X int }
	var iface any = "str"
	cases := []struct {
		name string
		f    func()
	}{
		{"index", func() { _ = arr[5] }},
		{"nilmap", func() { m["a"] = 1 }},
		{"nilptr", func() { p.X++ }},
		{"assert", func() { _ = iface.(int) }},
		{"divzero", func() { a, b := 1, 0; _ = a / b }},
		{"custom", func() { panic(fmt.Errorf("wrapped: %w", ErrCustom)) }},
		{"validation", func() { panic(ValidationPanic{"email"}) }},
		{"string", func() { panic("plain message") }},
		{"int", func() { panic(42) }},
		{"nested", func() { _ = nested() }},
		{"ok", func() {}},
		{"slice", func() { s := make([]int, 3); i := 5; _ = s[1:i] }},
		{"closed", func() { c := make(chan int); close(c); close(c) }},
	}
	for _, c := range cases {
		err := safe(c.name, c.f)
		var re runtime.Error
		msg := fmt.Sprint(err)
		if i := strings.Index(msg, " [recovered]"); i >= 0 {
			msg = msg[:i]
		}
		fmt.Printf("%-10s runtime=%-5v custom=%-5v %s\n", c.name, errors.As(err, &re), errors.Is(err, ErrCustom), msg)
	}
	fmt.Println(deferOrder())
}
