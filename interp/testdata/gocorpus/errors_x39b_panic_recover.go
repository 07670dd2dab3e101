package main

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
)

type PanicError struct {
	Value any
}

func (p *PanicError) Error() string { return fmt.Sprintf("panic: %v", p.Value) }

func (p *PanicError) Unwrap() error {
	if err, ok := p.Value.(error); ok {
		return err
	}
	return nil
}

func Safe(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = &PanicError{Value: r}
		}
	}()
	f()
	return nil
}

func divide(a, b int) int { return a / b }

type stack struct{ items []int }

func (s *stack) Pop() int {
	if len(s.items) == 0 {
		panic("pop from empty stack")
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

func deferOrder() (out []string) {
	for i := 0; i < 3; i++ {
		defer func() { out = append(out, fmt.Sprint("deferred ", i)) }()
	}
	defer func(s string) { out = append(out, s) }("arg evaluated early")
	out = append(out, "body")
	return out
}

func counter() (n int) {
	defer func() { n *= 10 }()
	n = 4
	return n + 1
}

func cleanupChain() (msg string) {
	defer func() {
		r := recover()
		msg = fmt.Sprintf("recovered %v", r)
	}()
	defer func() {
		if r := recover(); r != nil {
			panic(fmt.Sprintf("re-panic(%v)", r))
		}
	}()
	panic("first")
}

func main() {
	var nilMap map[string]int
	var nilPtr *stack
	arr := []int{1, 2, 3}
	idx := 5
	tests := []struct {
		name string
		f    func()
	}{
		{"ok", func() {}},
		{"div", func() { fmt.Println(divide(1, 0)) }},
		{"index", func() { fmt.Println(arr[idx]) }},
		{"nilmap", func() { nilMap["x"] = 1 }},
		{"nilptr", func() { fmt.Println(nilPtr.items) }},
		{"custom", func() { (&stack{}).Pop() }},
		{"error", func() { panic(fmt.Errorf("wrapped: %w", errors.ErrUnsupported)) }},
		{"assert", func() {
			var v any = "str"
			_ = v.(int)
		}},
	}
	for _, tt := range tests {
		err := Safe(tt.f)
		var re runtime.Error
		isRuntime := errors.As(err, &re)
		if err != nil {
			msg := err.Error()
			if i := strings.Index(msg, "\n"); i >= 0 {
				msg = msg[:i]
			}
			fmt.Printf("%-7s runtime=%-5t unsupported=%-5t %s\n", tt.name, isRuntime,
				errors.Is(err, errors.ErrUnsupported), msg)
		} else {
			fmt.Printf("%-7s no error\n", tt.name)
		}
	}
	fmt.Println(deferOrder())
	fmt.Println(counter())
	fmt.Println(cleanupChain())
	s := &stack{items: []int{7, 8}}
	fmt.Println(s.Pop(), s.Pop(), Safe(func() { s.Pop() }))
}
