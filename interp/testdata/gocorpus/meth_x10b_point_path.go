// Exercises: methods on Point and Path (a named slice type), value vs pointer receivers, ScaleBy through addressable slice elements, methods returning new Paths, method expressions chosen at run time
package main

import (
	"fmt"
	"math"
)

type Point struct{ X, Y float64 }

func (p Point) Dist(q Point) float64 { return math.Hypot(q.X-p.X, q.Y-p.Y) }
func (p *Point) ScaleBy(f float64)   { p.X, p.Y = p.X*f, p.Y*f }
func (p Point) Add(q Point) Point    { return Point{p.X + q.X, p.Y + q.Y} }
func (p Point) Mirror(Point) Point   { return Point{-p.X, p.Y} }

type Path []Point

// Length sums the legs; a closed path repeats its first point at the end.
func (path Path) Length() (sum float64) {
	for i := 1; i < len(path); i++ {
		sum += path[i-1].Dist(path[i])
	}
	return
}

func (path Path) Map(op func(Point, Point) Point, arg Point) Path {
	out := make(Path, len(path))
	for i, p := range path {
		out[i] = op(p, arg)
	}
	return out
}

func (path Path) Bounds() (lo, hi Point) {
	lo, hi = path[0], path[0]
	for _, p := range path[1:] {
		lo = Point{math.Min(lo.X, p.X), math.Min(lo.Y, p.Y)}
		hi = Point{math.Max(hi.X, p.X), math.Max(hi.Y, p.Y)}
	}
	return
}

func (path *Path) Close() { *path = append(*path, (*path)[0]) }

func main() {
	tri := Path{{0, 0}, {3, 0}, {3, 4}}
	fmt.Println(tri.Length())
	tri.Close()
	fmt.Println(tri.Length(), len(tri))
	for i := range tri {
		tri[i].ScaleBy(2)
	}
	fmt.Println(tri, tri.Length())
	ops := []func(Point, Point) Point{Point.Add, Point.Mirror}
	for _, op := range ops {
		fmt.Println(tri.Map(op, Point{1, 1}))
	}
	fmt.Println(tri.Bounds())
	p := Point{1, 1}
	scale := p.ScaleBy
	scale(3)
	fmt.Println(p, (&p).Dist(Point{}))
}
