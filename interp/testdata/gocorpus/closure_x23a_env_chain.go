package main

import (
	"fmt"
	"sort"
	"strings"
)

type Env func(name string) (int, bool)

func Empty() Env { return func(string) (int, bool) { return 0, false } }

func (e Env) Extend(name string, v int) Env {
	return func(n string) (int, bool) {
		if n == name {
			return v, true
		}
		return e(n)
	}
}

func (e Env) MustGet(n string) int {
	v, ok := e(n)
	if !ok {
		panic("unbound variable " + n)
	}
	return v
}

type Counter struct {
	inc   func() int
	reset func()
}

func NewCounter(step int) Counter {
	n := 0
	return Counter{
		inc:   func() int { n += step; return n },
		reset: func() { n = 0 },
	}
}

func memo(f func(int) int) (func(int) int, func() []int) {
	cache := map[int]int{}
	return func(x int) int {
			if v, ok := cache[x]; ok {
				return v
			}
			v := f(x)
			cache[x] = v
			return v
		}, func() []int {
			keys := make([]int, 0, len(cache))
			for k := range cache {
				keys = append(keys, k)
			}
			sort.Ints(keys)
			return keys
		}
}

func compose[A, B, C any](f func(A) B, g func(B) C) func(A) C {
	return func(a A) C { return g(f(a)) }
}

func main() {
	e := Empty().Extend("x", 1).Extend("y", 2).Extend("x", 10)
	fmt.Println(e.MustGet("x"), e.MustGet("y"))
	_, ok := e("z")
	fmt.Println(ok)

	c := NewCounter(3)
	c.inc()
	c.inc()
	fmt.Println(c.inc())
	c.reset()
	fmt.Println(c.inc())

	var fs []func() string
	for i, w := range []string{"a", "b", "c"} {
		fs = append(fs, func() string { return strings.Repeat(w, i+1) })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	var fib func(int) int
	var keys func() []int
	fib, keys = memo(func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	})
	fmt.Println(fib(40), len(keys()), keys()[:5])

	shout := compose(strings.ToUpper, func(s string) string { return s + "!" })
	lenOf := compose(shout, func(s string) int { return len(s) })
	fmt.Println(shout("hey"), lenOf("hello"))

	defer func() { fmt.Println("recovered:", recover()) }()
	e.MustGet("nope")
}
