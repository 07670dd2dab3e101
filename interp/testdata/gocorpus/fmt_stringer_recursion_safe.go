// Exercises: String method that prints fields via a conversion to avoid recursion.
package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) String() string {
	type raw Point
	return fmt.Sprintf("P%v", raw(p))
}

type Segment struct{ A, B Point }

func (s Segment) String() string {
	return fmt.Sprintf("%v→%v", s.A, s.B)
}

func main() {
	p := Point{1, 2}
	fmt.Println(p)
	fmt.Println(Segment{p, Point{3, 4}})
	fmt.Printf("%+v\n", Segment{})
	fmt.Printf("%s\n", []Segment{{p, p}})
}
