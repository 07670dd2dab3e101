package main

import (
	"fmt"
	"strings"
)

func counter(start, step int) (next func() int, reset func()) {
	n := start
	next = func() int {
		v := n
		n += step
		return v
	}
	reset = func() { n = start }
	return
}

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func compose[A, B, C any](f func(A) B, g func(B) C) func(A) C {
	return func(a A) C { return g(f(a)) }
}

func curry(f func(int, int) int) func(int) func(int) int {
	return func(a int) func(int) int {
		return func(b int) int { return f(a, b) }
	}
}

type Acc struct {
	ops []func(float64) float64
}

func (a *Acc) Then(f func(float64) float64) *Acc { a.ops = append(a.ops, f); return a }
func (a *Acc) Run(x float64) float64 {
	for _, op := range a.ops {
		x = op(x)
	}
	return x
}

func main() {
	next, reset := counter(10, 5)
	fmt.Println(next(), next(), next())
	reset()
	fmt.Println(next())

	f := fibGen()
	var fs []string
	for range 12 {
		fs = append(fs, fmt.Sprint(f()))
	}
	fmt.Println(strings.Join(fs, " "))

	shout := compose(strings.TrimSpace, strings.ToUpper)
	exclaim := compose(shout, func(s string) string { return s + "!" })
	fmt.Println(exclaim("  hello there "))
	add := curry(func(a, b int) int { return a + b })
	add5 := add(5)
	fmt.Println(add5(1), add(10)(20))

	acc := &Acc{}
	factor := 2.0
	acc.Then(func(x float64) float64 { return x * factor }).Then(func(x float64) float64 { return x + 1 })
	fmt.Println(acc.Run(3))
	factor = 10
	fmt.Println(acc.Run(3))

	var handlers []func() string
	for _, name := range []string{"a", "b", "c"} {
		handlers = append(handlers, func() string { return "h-" + name })
	}
	for i := 0; i < 3; i++ {
		handlers = append(handlers, func() string { return fmt.Sprint("i", i) })
	}
	var outs []string
	for _, h := range handlers {
		outs = append(outs, h())
	}
	fmt.Println(outs)
	x := 1
	defer func(v int) { fmt.Println("deferred arg", v, "closure", x) }(x)
	x = 99
	func() {
		x := 5
		x++
		_ = x
	}()
	fmt.Println("x", x)
}
