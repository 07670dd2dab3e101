// Exercises: method values bound to a receiver copy or pointer, method expressions T.Method and (*T).Method used as plain funcs, storing them in maps and slices.
package main

import (
	"fmt"
	"strings"
)

type Counter struct{ n int }

func (c *Counter) Inc()         { c.n++ }
func (c Counter) Get() int      { return c.n }
func (c Counter) Add(d int) int { return c.n + d }

type Name string

func (n Name) Upper() string { return strings.ToUpper(string(n)) }

func main() {
	c := Counter{}
	inc := c.Inc // &c bound
	get := c.Get // copy of c bound now
	inc()
	inc()
	fmt.Println(c.n, get(), c.Get())

	getE := Counter.Get
	incE := (*Counter).Inc
	addE := Counter.Add
	incE(&c)
	fmt.Println(getE(c), addE(c, 10))

	ops := map[string]func(*Counter){"inc": (*Counter).Inc, "reset": func(c *Counter) { c.n = 0 }}
	for _, op := range []string{"inc", "inc", "reset", "inc"} {
		ops[op](&c)
	}
	fmt.Println(c.n)

	names := []Name{"ann", "bob"}
	var fs []func() string
	for _, n := range names {
		fs = append(fs, n.Upper)
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println(strings.Join([]string{Name.Upper("x"), Name("y").Upper()}, ","))
	fmt.Printf("%T\n", getE)
}
