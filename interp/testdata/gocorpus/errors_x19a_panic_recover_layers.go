package main

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
)

type HTTPError struct {
	Code int
	Msg  string
}

func (e *HTTPError) Error() string { return fmt.Sprintf("%d %s", e.Code, e.Msg) }

func mustPositive(n int) int {
	if n < 0 {
		panic(&HTTPError{400, fmt.Sprintf("negative: %d", n)})
	}
	return n
}

func divide(a, b int) int { return a / b }

func index(xs []int, i int) int { return xs[i] }

func safely(name string, f func() int) (res int, err error) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		switch v := r.(type) {
		case *HTTPError:
			err = fmt.Errorf("%s: %w", name, v)
		case runtime.Error:
			msg := v.Error()
			if i := strings.Index(msg, "["); i >= 0 {
				msg = msg[:i] + "[...]"
			}
			err = fmt.Errorf("%s: runtime: %s", name, msg)
		case error:
			err = fmt.Errorf("%s: %w", name, v)
		default:
			err = fmt.Errorf("%s: panic(%v)", name, v)
		}
	}()
	return f(), nil
}

var ErrSentinel = errors.New("sentinel")

func nested() (out []string) {
	defer func() {
		out = append(out, fmt.Sprint("outer recovered: ", recover()))
	}()
	func() {
		defer func() {
			r := recover()
			out = append(out, fmt.Sprint("inner recovered: ", r))
			panic(fmt.Sprintf("re-panic(%v)", r))
		}()
		panic("first")
	}()
	return
}

func main() {
	cases := []struct {
		name string
		f    func() int
	}{
		{"ok", func() int { return mustPositive(5) }},
		{"neg", func() int { return mustPositive(-2) }},
		{"div", func() int { return divide(1, 0) }},
		{"idx", func() int { return index([]int{1, 2}, 5) }},
		{"err", func() int { panic(fmt.Errorf("wrapped: %w", ErrSentinel)) }},
		{"str", func() int { panic("plain") }},
		{"nilmap", func() int { var m map[string]int; m["a"] = 1; return 0 }},
	}
	for _, c := range cases {
		v, err := safely(c.name, c.f)
		var he *HTTPError
		fmt.Printf("%-7s v=%d err=%v http=%v sentinel=%v\n", c.name, v, err, errors.As(err, &he), errors.Is(err, ErrSentinel))
	}
	for _, l := range nested() {
		fmt.Println(l)
	}
	order := []string{}
	func() {
		defer func() { order = append(order, "d1") }()
		defer func() { order = append(order, fmt.Sprint("d2:", recover())) }()
		defer func() { order = append(order, "d3") }()
		panic(42)
	}()
	fmt.Println(order)
}
