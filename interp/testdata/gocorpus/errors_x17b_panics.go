package main

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
)

type StackErr struct {
	Op string
}

func (e StackErr) Error() string { return "stack error in " + e.Op }

func safe(name string, f func()) (err error) {
	defer func() {
		r := recover()
		switch v := r.(type) {
		case nil:
		case runtime.Error:
			msg := v.Error()
			if i := strings.Index(msg, " ["); i > 0 {
				msg = msg[:i]
			}
			err = fmt.Errorf("%s: runtime: %s", name, msg)
		case error:
			err = fmt.Errorf("%s: %w", name, v)
		case string:
			err = errors.New(name + ": " + v)
		default:
			err = fmt.Errorf("%s: %v (%T)", name, v, v)
		}
	}()
	f()
	return nil
}

func main() {
	var m map[string]int
	var p *StackErr
	arr := []int{1, 2, 3}
	idx := 5
	var iface any = "str"
	cases := []struct {
		name string
		f    func()
	}{
		{"ok", func() {}},
		{"nilmap", func() { m["a"] = 1 }},
		{"nilptr", func() { _ = p.Op }},
		{"index", func() { _ = arr[idx] }},
		{"slice", func() { _ = arr[2:idx] }},
		{"assert", func() { _ = iface.(int) }},
		{"divzero", func() { z := 0; _ = 10 / z }},
		{"custom", func() { panic(StackErr{"push"}) }},
		{"string", func() { panic("plain") }},
		{"int", func() { panic(42) }},
		{"closed", func() { c := make(chan int); close(c); close(c) }},
		{"errorf", func() { panic(fmt.Errorf("wrapped: %w", StackErr{"pop"})) }},
	}
	for _, c := range cases {
		err := safe(c.name, c.f)
		fmt.Println(err)
		var se StackErr
		if errors.As(err, &se) {
			fmt.Println("  -> StackErr op", se.Op)
		}
	}
	fmt.Println(m["read"], len(m))
	func() {
		defer func() {
			fmt.Println("recovered:", recover())
			fmt.Println("second recover:", recover())
		}()
		defer func() {
			defer func() { fmt.Println("inner", recover()) }()
			panic("second")
		}()
		panic("first")
	}()
	var e error = StackErr{"x"}
	if _, ok := e.(interface{ Unwrap() error }); !ok {
		fmt.Println("no unwrap")
	}
}
