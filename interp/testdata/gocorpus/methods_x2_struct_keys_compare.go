// Exercises: comparable structs as map keys and with ==, including nested arrays and anonymous structs.
package main

import "fmt"

type Point struct{ X, Y int }

type Segment struct {
	From, To Point
}

type Key struct {
	Name string
	Tags [2]string
}

func main() {
	visits := map[Point]int{}
	path := []Point{{0, 0}, {1, 0}, {1, 1}, {0, 0}, {1, 1}, {1, 1}}
	for _, p := range path {
		visits[p]++
	}
	fmt.Println(len(visits), visits[Point{1, 1}], visits[Point{5, 5}])
	fmt.Println(visits)
	a := Segment{Point{0, 0}, Point{3, 4}}
	b := Segment{To: Point{3, 4}}
	fmt.Println(a == b, a.From == Point{}, a != Segment{})
	k1 := Key{"x", [2]string{"a", "b"}}
	k2 := Key{"x", [2]string{"a", "b"}}
	m := map[Key]string{k1: "first"}
	m[k2] = "second"
	fmt.Println(len(m), m[k1])
	anon := map[struct{ r, c int }]bool{{1, 2}: true}
	fmt.Println(anon[struct{ r, c int }{1, 2}], anon[struct{ r, c int }{2, 1}])
	pts := [3]Point{{1, 1}, {2, 2}, {3, 3}}
	same := pts
	same[2].X = 3
	fmt.Println(pts == same)
}
