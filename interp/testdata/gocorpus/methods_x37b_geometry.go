// Points, paths, method values and embedding, after chapter 6.
package main

import (
	"fmt"
	"image/color"
	"math"
)

type Point struct{ X, Y float64 }

func Distance(p, q Point) float64 { return math.Hypot(q.X-p.X, q.Y-p.Y) }

func (p Point) Distance(q Point) float64 { return math.Hypot(q.X-p.X, q.Y-p.Y) }

func (p *Point) ScaleBy(factor float64) {
	p.X *= factor
	p.Y *= factor
}

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p Point) Sub(q Point) Point { return Point{p.X - q.X, p.Y - q.Y} }

type Path []Point

func (path Path) Distance() float64 {
	sum := 0.0
	for i := range path {
		if i > 0 {
			sum += path[i-1].Distance(path[i])
		}
	}
	return sum
}

func (path Path) TranslateBy(offset Point, add bool) {
	var op func(p, q Point) Point
	if add {
		op = Point.Add
	} else {
		op = Point.Sub
	}
	for i := range path {
		path[i] = op(path[i], offset)
	}
}

type ColoredPoint struct {
	Point
	Color color.RGBA
}

type NamedPoint struct {
	*Point
	Name string
}

func main() {
	p := Point{1, 2}
	q := Point{4, 6}
	fmt.Println(Distance(p, q), p.Distance(q))

	perim := Path{{1, 1}, {5, 1}, {5, 4}, {1, 1}}
	fmt.Println(perim.Distance())

	r := &Point{1, 2}
	r.ScaleBy(2)
	fmt.Println(*r)
	p.ScaleBy(3)
	fmt.Printf("%v %+v\n", p, p)

	red := color.RGBA{255, 0, 0, 255}
	blue := color.RGBA{0, 0, 255, 255}
	var cp = ColoredPoint{Point{1, 1}, red}
	var cq = ColoredPoint{Point{5, 4}, blue}
	fmt.Println(cp.Distance(cq.Point))
	cp.ScaleBy(2)
	cq.ScaleBy(2)
	fmt.Println(cp.Distance(cq.Point), cp.X, cq.Point.Y)
	fmt.Printf("%+v\n", cq)

	shared := &Point{1, 1}
	a := NamedPoint{shared, "a"}
	b := NamedPoint{shared, "b"}
	a.ScaleBy(10)
	fmt.Println(a.Name, *a.Point, b.Name, *b.Point, a.Distance(Point{})+0)

	distanceFromP := p.Distance
	fmt.Printf("%.3f %.3f\n", distanceFromP(q), distanceFromP(Point{}))
	scaleP := p.ScaleBy
	scaleP(2)
	scaleP(0.5)
	fmt.Println(p)

	distance := Point.Distance
	fmt.Println(distance(p, q))
	fmt.Printf("%T\n", distance)
	scale := (*Point).ScaleBy
	scale(&p, 2)
	fmt.Println(p)
	fmt.Printf("%T\n", scale)

	perim.TranslateBy(Point{10, 10}, true)
	fmt.Println(perim)
	perim.TranslateBy(Point{1, 1}, false)
	fmt.Println(perim, perim.Distance())
}
