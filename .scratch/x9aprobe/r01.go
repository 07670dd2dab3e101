// Exercises: two same-shaped types with different String methods printed by fmt
package main

import "fmt"

type Point struct{ X, Y int }
type Size struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("P(%d,%d)", p.X, p.Y) }
func (s Size) String() string  { return fmt.Sprintf("%dx%d", s.X, s.Y) }

func main() {
	p, s := Point{1, 2}, Size{3, 4}
	fmt.Println(p, s)
	fmt.Printf("%v %s %+v\n", s, p, []Size{{5, 6}})
	var st fmt.Stringer = s
	fmt.Println(st.String(), st)
}
