package main

import (
	"fmt"
	"math"
	"sort"
)

type geometry interface {
	area() float64
	perim() float64
}

type rect struct {
	width, height float64
}
type circle struct {
	radius float64
}

func (r rect) area() float64  { return r.width * r.height }
func (r rect) perim() float64 { return 2*r.width + 2*r.height }

func (c circle) area() float64  { return math.Pi * c.radius * c.radius }
func (c circle) perim() float64 { return 2 * math.Pi * c.radius }
func (c circle) String() string { return fmt.Sprintf("circle(r=%g)", c.radius) }

func measure(g geometry) {
	fmt.Println(g)
	fmt.Printf("%.2f %.2f\n", g.area(), g.perim())
}

func detectCircle(g geometry) {
	if c, ok := g.(circle); ok {
		fmt.Println("circle with radius", c.radius)
	}
}

type byArea []geometry

func (a byArea) Len() int           { return len(a) }
func (a byArea) Less(i, j int) bool { return a[i].area() < a[j].area() }
func (a byArea) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func describe(i interface{}) string {
	switch v := i.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v", v)
	case fmt.Stringer:
		return "stringer " + v.String()
	case geometry:
		return fmt.Sprintf("geometry %T", v)
	case error:
		return "error " + v.Error()
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func main() {
	r := rect{width: 3, height: 4}
	c := circle{radius: 5}
	measure(r)
	measure(c)
	detectCircle(r)
	detectCircle(c)

	shapes := byArea{circle{1}, rect{10, 10}, rect{1, 2}, circle{0.5}}
	sort.Sort(shapes)
	for _, s := range shapes {
		fmt.Printf("%v %.2f\n", s, s.area())
	}
	var g geometry
	fmt.Println(g == nil)
	g = &rect{2, 2}
	fmt.Printf("%T %v\n", g, g)
	for _, x := range []any{nil, 3, int64(4), c, r, fmt.Errorf("boom"), "s"} {
		fmt.Println(describe(x))
	}
}
