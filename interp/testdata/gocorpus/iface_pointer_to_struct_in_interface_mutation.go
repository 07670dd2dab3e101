// Exercises: mutation through an interface holding a pointer vs a copy holding a value.
package main

import "fmt"

type Counter interface {
	Inc()
	Value() int
}

type PCounter struct{ n int }

func (c *PCounter) Inc()       { c.n++ }
func (c *PCounter) Value() int { return c.n }

type Holder struct{ n int }

func (h Holder) Get() int { return h.n }

func main() {
	pc := &PCounter{}
	var c Counter = pc
	c.Inc()
	c.Inc()
	fmt.Println(pc.n, c.Value())

	h := Holder{1}
	var g interface{ Get() int } = h
	h.n = 99
	fmt.Println(g.Get(), h.Get())
}
