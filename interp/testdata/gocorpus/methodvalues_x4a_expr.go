// Exercises: method values bound to a receiver copy, method expressions T.M and (*T).M, methods passed as func values.
package main

import (
	"fmt"
	"strings"
)

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }

func (p *Point) Scale(k int) {
	p.X *= k
	p.Y *= k
}

func apply(f func(Point) Point, ps []Point) []Point {
	out := make([]Point, len(ps))
	for i, p := range ps {
		out[i] = f(p)
	}
	return out
}

func main() {
	p := Point{1, 2}
	str := p.String
	p.X = 100
	fmt.Println(str(), p.String())
	add := Point.Add
	fmt.Println(add(Point{1, 1}, Point{2, 3}))
	scale := (*Point).Scale
	scale(&p, 2)
	fmt.Println(p)
	q := Point{1, 1}
	sc := q.Scale
	sc(5)
	fmt.Println(q)
	offset := Point{10, 10}
	fmt.Println(apply(offset.Add, []Point{{1, 2}, {3, 4}}))
	upper := strings.ToUpper
	fmt.Println(upper("method"))
	var sb strings.Builder
	write := sb.WriteString
	write("a")
	write("b")
	fmt.Println(sb.String())
	fs := []func() string{p.String, q.String}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
