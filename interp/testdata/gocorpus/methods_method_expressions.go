// Exercises: method expressions T.Method and (*T).Method used as ordinary functions.
package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p *Point) Scale(k int)      { p.X *= k; p.Y *= k }

func main() {
	add := Point.Add
	fmt.Println(add(Point{1, 2}, Point{10, 20}))
	scale := (*Point).Scale
	p := Point{3, 4}
	scale(&p, 3)
	fmt.Println(p)
	addPtr := (*Point).Add
	fmt.Println(addPtr(&p, Point{1, 1}))
	fmt.Printf("%T\n", add)
	fmt.Printf("%T\n", scale)
}
