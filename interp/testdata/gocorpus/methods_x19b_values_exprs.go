package main

import (
	"fmt"
	"strings"
)

type Counter struct {
	name string
	n    int
}

func (c *Counter) Inc()                 { c.n++ }
func (c Counter) Get() int              { return c.n }
func (c Counter) Label(p string) string { return p + c.name }

type Celsius float64

func (c Celsius) F() float64 { return float64(c)*9/5 + 32 }

func apply(fs []func(), times int) {
	for range times {
		for _, f := range fs {
			f()
		}
	}
}

func main() {
	c := Counter{name: "hits"}
	inc := c.Inc // method value, binds &c
	get := c.Get // method value, binds copy of c now
	inc()
	inc()
	fmt.Println(c.n, get(), c.Get())

	d := Counter{name: "d"}
	apply([]func(){d.Inc, c.Inc}, 3)
	fmt.Println(d.n, c.n)

	getExpr := Counter.Get
	incExpr := (*Counter).Inc
	labelExpr := Counter.Label
	incExpr(&d)
	fmt.Println(getExpr(d), labelExpr(d, "name="))
	ptrGet := (*Counter).Get
	fmt.Println(ptrGet(&c))

	fmt.Printf("%T\n", getExpr)
	fmt.Printf("%T\n", incExpr)
	fmt.Printf("%T\n", labelExpr)

	temps := []Celsius{0, 37, 100}
	conv := Celsius.F
	for _, t := range temps {
		fmt.Printf("%.1f ", conv(t))
	}
	fmt.Println()

	up := strings.ToUpper
	rep := strings.NewReplacer("a", "4", "e", "3").Replace
	fmt.Println(up("go"), rep("leetspeak"))

	var sb strings.Builder
	write := sb.WriteString
	for _, w := range []string{"x", "y", "z"} {
		write(w)
	}
	fmt.Println(sb.String(), sb.Len())

	type op func(int, int) int
	ops := map[string]op{"add": func(a, b int) int { return a + b }}
	fmt.Println(ops["add"](2, 3))

	var iface interface{ Get() int } = c
	g := iface.Get
	c.n = 1000
	fmt.Println(g())
	type getter interface{ Get() int }
	ie := getter.Get
	fmt.Println(ie(d))
}
