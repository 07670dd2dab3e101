// Exercises: method values bound at evaluation time, method expressions, pointer vs value receivers
package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc()         { c.n++ }
func (c Counter) Get() int      { return c.n }
func (c Counter) Add(k int) int { return c.n + k }

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func main() {
	c := Counter{}
	inc := c.Inc
	get := c.Get
	inc()
	inc()
	fmt.Println(c.n, get(), c.Get())
	p := Point{1, 2}
	str := p.String
	p.X = 100
	fmt.Println(str(), p.String())
	add := Counter.Add
	fmt.Println(add(Counter{5}, 3))
	incE := (*Counter).Inc
	incE(&c)
	fmt.Println(c.Get())
	actions := map[string]func(){"inc": c.Inc, "print": func() { fmt.Println("n =", c.n) }}
	actions["inc"]()
	actions["print"]()
	fs := []func() string{p.String, Point{7, 8}.String}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Printf("\n%T %T\n", add, incE)
}
