// Exercises: struct equality, including nested structs and arrays, and anonymous struct comparison.
package main

import "fmt"

type Point struct{ X, Y int }
type Line struct {
	A, B  Point
	Color [3]uint8
}

func main() {
	l1 := Line{Point{0, 0}, Point{1, 1}, [3]uint8{255, 0, 0}}
	l2 := l1
	fmt.Println(l1 == l2)
	l2.Color[2] = 1
	fmt.Println(l1 == l2)
	anon := struct{ X, Y int }{1, 2}
	fmt.Println(anon == Point{1, 2})
	var p Point = anon
	fmt.Println(p)
	fmt.Println([2]string{"a", "b"} == [2]string{"a", "b"}, [2]int{} == [2]int{0, 1})
}
