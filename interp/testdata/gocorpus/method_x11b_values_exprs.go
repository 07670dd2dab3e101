// Exercises: method values binding receivers (copy for value receivers), method expressions T.M and (*T).M, function fields vs methods
package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p *Point) Scale(k int)      { p.X *= k; p.Y *= k }
func (p Point) String() string    { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Op struct {
	Name string
	Fn   func(int, int) int
}

func main() {
	p := Point{1, 2}
	add := p.Add
	scale := p.Scale
	p.X = 100
	fmt.Println(add(Point{10, 10}))
	scale(3)
	fmt.Println(p)
	addExpr := Point.Add
	scaleExpr := (*Point).Scale
	q := Point{2, 3}
	scaleExpr(&q, 2)
	fmt.Println(addExpr(q, Point{1, 1}), q)
	str := (*Point).String
	fmt.Println(str(&q))
	ops := []Op{{"add", func(a, b int) int { return a + b }}, {"mul", func(a, b int) int { return a * b }}}
	for _, op := range ops {
		fmt.Print(op.Name, "=", op.Fn(6, 7), " ")
	}
	fmt.Println()
	fs := []func(Point) Point{Point{1, 0}.Add, Point{0, 1}.Add}
	acc := Point{}
	for _, f := range fs {
		acc = f(acc)
	}
	fmt.Println(acc)
}
