// Exercises: empty interface holding various dynamic types, %T and equality.
package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	var items []any
	items = append(items, 1, "two", 3.0, Point{1, 2}, &Point{3, 4}, []byte("hi"), nil, true, 'r')
	for _, it := range items {
		fmt.Printf("%T => %v\n", it, it)
	}
	var a, b any = Point{1, 2}, Point{1, 2}
	fmt.Println(a == b)
	var c any = 3
	var d any = int64(3)
	fmt.Println(c == d, c == any(3))
}
