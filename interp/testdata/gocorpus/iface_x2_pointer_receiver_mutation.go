// Exercises: an interface holding a pointer whose methods mutate shared state.
package main

import "fmt"

type Incrementer interface {
	Inc()
	Value() int
}

type Counter struct{ n int }

func (c *Counter) Inc()       { c.n++ }
func (c *Counter) Value() int { return c.n }

type Doubler struct{ n int }

func (d *Doubler) Inc() {
	if d.n == 0 {
		d.n = 1
		return
	}
	d.n *= 2
}
func (d *Doubler) Value() int { return d.n }

func bump(i Incrementer, times int) {
	for k := 0; k < times; k++ {
		i.Inc()
	}
}

func main() {
	c := &Counter{}
	d := &Doubler{}
	incs := []Incrementer{c, d, c}
	for _, i := range incs {
		bump(i, 3)
	}
	fmt.Println(c.n, d.n)
	for _, i := range incs {
		fmt.Print(i.Value(), " ")
	}
	fmt.Println()
	var i Incrementer = c
	c.n = 100
	fmt.Println(i.Value())
	copyC := *c
	copyC.Inc()
	fmt.Println(c.n, copyC.n, i.Value())
}
