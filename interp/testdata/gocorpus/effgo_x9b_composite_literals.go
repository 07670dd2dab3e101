// Exercises: composite literals: &T{} with field names, nested literals with elided types in slices, maps and arrays of pointers, indexed array literals, anonymous structs.
package main

import "fmt"

type Point struct{ X, Y int }
type Line struct{ A, B Point }

const (
	Enone = iota
	Eio
	Einval
)

func main() {
	p := &Point{Y: 3}
	fmt.Println(*p, p.X)
	lines := []Line{{Point{0, 0}, Point{1, 1}}, {A: Point{2, 2}}, {}}
	fmt.Println(lines)
	ptrs := []*Point{{1, 2}, {X: 5}}
	fmt.Println(*ptrs[0], *ptrs[1])
	grid := [2][3]int{{1, 2, 3}, {4}}
	fmt.Println(grid)
	byName := map[string]Point{"origin": {}, "unit": {1, 1}}
	fmt.Println(byName)
	keyed := map[Point]string{{1, 2}: "a", {0, 0}: "o"}
	fmt.Println(keyed)
	nested := map[string][]Point{"tri": {{0, 0}, {1, 0}, {0, 1}}}
	fmt.Println(len(nested["tri"]), nested["tri"][2])
	msgs := [...]string{Eio: "i/o error", Einval: "invalid argument", Enone: "no error"}
	fmt.Println(len(msgs), msgs)
	sparse := []int{5: 1, 2, 0: 9}
	fmt.Println(sparse, len(sparse))
	cfg := struct {
		Name  string
		Ports []int
	}{"web", []int{80, 443}}
	fmt.Printf("%+v\n", cfg)
	pp := &[]*Line{{B: Point{7, 7}}}
	fmt.Println((*pp)[0].B.X)
}
