// Exercises: types declared inside functions with the same name as a package-level type or another function's, used as values, in interfaces, with %T and encoding/json
package main

import (
	"encoding/json"
	"fmt"
)

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("P(%d,%d)", p.X, p.Y) }

func labels() any {
	type Point struct {
		Name string `json:"name"`
		At   [2]int `json:"at"`
	}
	return Point{"home", [2]int{1, 2}}
}

func weights() []any {
	type Point struct{ W float64 }
	return []any{Point{0.5}, Point{1.5}}
}

func main() {
	p := Point{3, 4}
	l := labels()
	fmt.Println(p, l, weights())
	fmt.Printf("%T %T %T\n", p, l, weights()[0])
	b, _ := json.Marshal(l)
	fmt.Println(string(b))
	func() {
		type Point struct{ Z bool }
		q := Point{true}
		fmt.Printf("%v %+v %T\n", q, q, q)
	}()
	fmt.Println(Point{5, 6})
}
