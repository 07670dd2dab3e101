// Exercises: struct and array comparison with ==, arrays as map keys, arrays copied by value, nested struct equality, interface holding arrays
package main

import "fmt"

type Point struct{ X, Y int }
type Segment struct{ A, B Point }
type Grid [2][2]int

func main() {
	p, q := Point{1, 2}, Point{1, 2}
	fmt.Println(p == q, Segment{p, q} == Segment{q, p}, Segment{p, Point{}} == Segment{A: p})
	a := [3]int{1, 2, 3}
	b := a
	b[0] = 99
	fmt.Println(a == b, a, b, a == [3]int{1, 2, 3})
	visited := map[[2]int]bool{}
	visited[[2]int{0, 1}] = true
	k := [2]int{0, 1}
	fmt.Println(visited[k], visited[[2]int{1, 0}])
	cells := map[Point]string{{0, 0}: "origin", {1, 2}: "p"}
	fmt.Println(cells[q], len(cells))
	var g1, g2 Grid
	g2[1][1] = 0
	fmt.Println(g1 == g2)
	g2[0][1] = 5
	fmt.Println(g1 == g2, g2)
	var i1, i2 any = a, [3]int{1, 2, 3}
	fmt.Println(i1 == i2, i1 == any(b))
	var j1, j2 any = Point{3, 4}, Point{3, 4}
	fmt.Println(j1 == j2, j1 != any(Segment{}))
	arr := [...]string{2: "c", 0: "a"}
	fmt.Println(len(arr), arr == [3]string{"a", "", "c"})
}
