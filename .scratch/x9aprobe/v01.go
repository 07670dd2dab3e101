// Exercises: method value of a composite literal and of a call result in main
package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }
func origin() Point            { return Point{0, 0} }

func main() {
	f := Point{1, 2}.String
	g := origin().String
	h := (&Point{3, 4}).String
	fmt.Println(f(), g(), h())
}
