// Exercises: a type declared inside main shadowing a package-level type of the same name, package functions still using the global one
package main

import "fmt"

type Point struct{ X int }

func (p Point) String() string { return fmt.Sprint("global ", p.X) }

func origin() Point { return Point{} }

func main() {
	const scale = 3
	type Point struct{ X, Y int }
	p := Point{1 * scale, 2}
	fmt.Println(p, origin())
	fmt.Printf("%T %T\n", p, origin())
}
