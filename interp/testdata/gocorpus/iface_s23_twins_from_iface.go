// Exercises: a value put in interface{} from a variable of a notebook interface, asserted to its type and to the twin of its type
package main

import "fmt"

type Point struct{ X, Y int }
type Size struct{ X, Y int }

func (s Size) Area() int { return s.X * s.Y }

type Shape interface{ Area() int }

func main() {
	var s Shape = Size{2, 5}
	var a any = s
	switch a.(type) {
	case Point:
		fmt.Println("point")
	case Size:
		fmt.Println("size")
	}
	switch a.(type) {
	case Size:
		fmt.Println("size")
	case Point:
		fmt.Println("point")
	}
	_, ok := a.(Point)
	fmt.Println(ok)
	var b any = Point{1, 2}
	switch b.(type) {
	case Size:
		fmt.Println("size")
	case Point:
		fmt.Println("point")
	}
}
