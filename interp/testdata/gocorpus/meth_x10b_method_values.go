// Exercises: method values bound to a receiver (copied at evaluation), method expressions Point.Add and (*Point).ScaleBy in a table, method value as callback
package main

import (
	"fmt"
	"sort"
)

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p Point) Sub(q Point) Point { return Point{p.X - q.X, p.Y - q.Y} }
func (p *Point) ScaleBy(f int)    { p.X *= f; p.Y *= f }
func (p Point) String() string    { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type counter struct{ n int }

func (c counter) Get() int { return c.n }
func (c *counter) Inc()    { c.n++ }

func apply(times int, f func()) {
	for i := 0; i < times; i++ {
		f()
	}
}

func main() {
	p := Point{1, 2}
	q := Point{4, 6}
	distFromP := p.Add
	p = Point{100, 100}
	fmt.Println(distFromP(q))
	ops := map[string]func(Point, Point) Point{"add": Point.Add, "sub": Point.Sub}
	keys := make([]string, 0)
	for k := range ops {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, ops[k](p, q))
	}
	scale := (*Point).ScaleBy
	scale(&p, 2)
	fmt.Println(p)
	fmt.Printf("%T\n", scale)
	c := counter{}
	get := c.Get
	apply(3, c.Inc)
	fmt.Println(c.n, get(), c.Get())
	str := Point.String
	fmt.Println(str(q), []Point{p, q})
	inc := c.Inc
	inc()
	inc()
	fmt.Println(c.Get())
}
