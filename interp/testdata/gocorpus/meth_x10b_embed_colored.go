// Exercises: embedding a Point in a ColoredPoint, promoted methods (value and pointer), embedded pointer fields shared between values, shadowed methods, embedded sync.Mutex in a cache
package main

import (
	"fmt"
	"image/color"
	"math"
	"sync"
)

type Point struct{ X, Y float64 }

func (p Point) Distance(q Point) float64 { return math.Hypot(q.X-p.X, q.Y-p.Y) }
func (p *Point) ScaleBy(f float64)       { p.X *= f; p.Y *= f }
func (p Point) Name() string             { return "point" }

type ColoredPoint struct {
	Point
	Color color.RGBA
}

func (c ColoredPoint) Name() string { return "colored " + c.Point.Name() }

type SharedPoint struct {
	*Point
	Label string
}

var cache = struct {
	sync.Mutex
	mapping map[string]string
}{mapping: map[string]string{"a": "A"}}

func lookup(k string) string {
	cache.Lock()
	v := cache.mapping[k]
	cache.Unlock()
	return v
}

func main() {
	red := color.RGBA{255, 0, 0, 255}
	blue := color.RGBA{0, 0, 255, 255}
	var p = ColoredPoint{Point{1, 1}, red}
	var q = ColoredPoint{Point{5, 4}, blue}
	fmt.Println(p.Distance(q.Point))
	p.ScaleBy(2)
	q.ScaleBy(2)
	fmt.Println(p.Distance(q.Point), p.X, q.Point.Y)
	fmt.Println(p.Name(), p.Point.Name())
	fmt.Printf("%v\n", p)
	a := SharedPoint{&Point{1, 1}, "a"}
	b := SharedPoint{a.Point, "b"}
	b.ScaleBy(3)
	fmt.Println(*a.Point, *b.Point, a.X, a.Distance(Point{}))
	fmt.Println(lookup("a"), lookup("z") == "")
}
