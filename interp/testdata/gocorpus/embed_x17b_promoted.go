package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) String() string   { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }
func (p *Point) Move(dx, dy int) { p.X += dx; p.Y += dy }

type Named struct {
	Name string
}

func (n Named) Label() string { return "name=" + n.Name }

type Circle struct {
	Point
	Named
	Radius int
}

type Wheel struct {
	*Circle
	Spokes int
}

func main() {
	c := Circle{Point{1, 2}, Named{"c1"}, 5}
	fmt.Println(c.X, c.Y, c.Radius, c.Label())
	c.Move(3, 4)
	fmt.Println(c.Point, c.Point.String())
	fmt.Printf("%v\n", c)
	fmt.Printf("%+v\n", c)
	w := Wheel{&c, 12}
	w.Move(1, 1)
	fmt.Println(c.X, c.Y, w.X, w.Spokes)
	fmt.Println(w.Label(), w.Name)
	var s fmt.Stringer = c
	fmt.Println(s.String())
	s = w
	fmt.Println(s)
	f := c.Move
	f(10, 10)
	fmt.Println(c.Point)
	g := (*Point).Move
	g(&c.Point, -1, -1)
	fmt.Println(c.Point)
	h := Point.String
	fmt.Println(h(c.Point))
	fmt.Printf("%T %T\n", w, w.Circle)
}
