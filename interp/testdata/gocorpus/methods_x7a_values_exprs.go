// Exercises: method values binding a copy of the receiver, pointer method values of slice elements bound in a loop, method expressions (T.M and (*T).M) passed as funcs, named func type with methods
package main

import (
	"fmt"
	"strings"
)

type Counter struct{ n int }

func (c Counter) Get() int { return c.n }
func (c *Counter) Inc()    { c.n++ }

type Transform func(string) string

func (t Transform) Then(u Transform) Transform { return func(s string) string { return u(t(s)) } }
func (t Transform) Apply(xs []string) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = t(x)
	}
	return out
}

func apply(f func(*Counter), c *Counter, times int) {
	for range times {
		f(c)
	}
}

func main() {
	c := Counter{n: 1}
	get := c.Get
	inc := c.Inc
	inc()
	inc()
	fmt.Println(get(), c.Get(), c.n)
	apply((*Counter).Inc, &c, 3)
	getE := Counter.Get
	fmt.Println(getE(c), (*Counter).Get(&c))
	shout := Transform(strings.ToUpper).Then(func(s string) string { return s + "!" })
	fmt.Println(shout("hi"), shout.Apply([]string{"a", "b"}))
	trim := Transform(strings.TrimSpace)
	fmt.Printf("%q\n", trim.Then(shout)("  go  "))
	fs := []func() int{c.Get}
	c.n = 100
	fmt.Println(fs[0]())
	counters := make([]Counter, 3)
	var incs []func()
	for i := range counters {
		incs = append(incs, counters[i].Inc)
	}
	for _, f := range incs {
		f()
	}
	fmt.Println(counters)
}
