package main

import (
	"fmt"
	"sort"
)

type Point struct{ X, Y int }

func cross(o, a, b Point) int {
	return (a.X-o.X)*(b.Y-o.Y) - (a.Y-o.Y)*(b.X-o.X)
}

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func grahamScan(pts []Point) []Point {
	p := append([]Point(nil), pts...)
	lowest := 0
	for i, q := range p {
		if q.Y < p[lowest].Y || (q.Y == p[lowest].Y && q.X < p[lowest].X) {
			lowest = i
		}
	}
	p[0], p[lowest] = p[lowest], p[0]
	p0 := p[0]
	rest := p[1:]
	sort.Slice(rest, func(i, j int) bool {
		c := cross(p0, rest[i], rest[j])
		if c != 0 {
			return c > 0
		}
		di := (rest[i].X-p0.X)*(rest[i].X-p0.X) + (rest[i].Y-p0.Y)*(rest[i].Y-p0.Y)
		dj := (rest[j].X-p0.X)*(rest[j].X-p0.X) + (rest[j].Y-p0.Y)*(rest[j].Y-p0.Y)
		return di < dj
	})
	stack := []Point{p0}
	for _, q := range rest {
		for len(stack) > 1 && cross(stack[len(stack)-2], stack[len(stack)-1], q) <= 0 {
			fmt.Printf("  pop %v (non-left turn toward %v)\n", stack[len(stack)-1], q)
			stack = stack[:len(stack)-1]
		}
		stack = append(stack, q)
	}
	return stack
}

func segmentsIntersect(p1, p2, p3, p4 Point) bool {
	d1, d2 := cross(p3, p4, p1), cross(p3, p4, p2)
	d3, d4 := cross(p1, p2, p3), cross(p1, p2, p4)
	return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))
}

func area2(poly []Point) int {
	s := 0
	for i := range poly {
		j := (i + 1) % len(poly)
		s += poly[i].X*poly[j].Y - poly[j].X*poly[i].Y
	}
	return s
}

func main() {
	pts := []Point{{0, 0}, {4, 0}, {2, 1}, {4, 4}, {1, 2}, {0, 4}, {2, 3}, {3, 1}, {2, 5}}
	hull := grahamScan(pts)
	fmt.Println("hull:", hull)
	fmt.Printf("twice area: %d\n", area2(hull))
	fmt.Println(segmentsIntersect(Point{0, 0}, Point{4, 4}, Point{0, 4}, Point{4, 0}))
	fmt.Println(segmentsIntersect(Point{0, 0}, Point{1, 1}, Point{2, 2}, Point{3, 0}))
	fmt.Printf("%+v %#v\n", hull[0], hull[1])
}
