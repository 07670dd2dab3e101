package main

import (
	"fmt"
	"strings"
)

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p *Point) Scale(k int)      { p.X *= k; p.Y *= k }
func (p Point) String() string    { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Buffer struct {
	lines []string
}

func (b *Buffer) Write(s string) *Buffer {
	b.lines = append(b.lines, s)
	return b
}

func (b Buffer) Dump() string { return strings.Join(b.lines, "|") }

type Op func(int, int) int

func (o Op) Apply(a, b int) int { return o(a, b) }

func main() {
	p := Point{1, 2}
	add := p.Add
	p = Point{100, 100}
	fmt.Println(add(Point{10, 10}))
	scale := p.Scale
	scale(2)
	fmt.Println(p)
	fAdd := Point.Add
	fScale := (*Point).Scale
	q := Point{3, 4}
	fScale(&q, 3)
	fmt.Println(fAdd(q, Point{1, 1}))
	fStr := Point.String
	fmt.Println(fStr(q), fmt.Sprint(&q))

	var b Buffer
	b.Write("a").Write("b").Write("c")
	dump := b.Dump
	b.Write("d")
	fmt.Println(dump(), "/", b.Dump())

	ops := map[string]Op{
		"add": func(a, b int) int { return a + b },
		"mul": func(a, b int) int { return a * b },
		"sub": func(a, b int) int { return a - b },
	}
	for _, name := range []string{"add", "mul", "sub"} {
		fmt.Print(name, "=", ops[name].Apply(7, 3), " ")
	}
	fmt.Println()
	apply := Op.Apply
	fmt.Println(apply(ops["mul"], 6, 7))

	pts := []Point{{1, 1}, {2, 2}, {3, 3}}
	var fns []func()
	for i := range pts {
		fns = append(fns, pts[i].String2)
	}
	for _, f := range fns {
		f()
	}
	var s fmt.Stringer = pts[0]
	m := s.String
	pts[0].X = 99
	fmt.Println(m(), pts[0])
}

func (p Point) String2() { fmt.Print(p.String(), ";") }
