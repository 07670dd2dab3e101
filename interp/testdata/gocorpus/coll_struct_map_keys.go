// Exercises: structs and arrays as map keys.
package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	visited := map[Point]bool{}
	path := []Point{{0, 0}, {0, 1}, {1, 1}, {0, 1}, {0, 0}}
	for _, p := range path {
		if visited[p] {
			fmt.Println("revisit", p)
		}
		visited[p] = true
	}
	fmt.Println(len(visited))
	edges := map[[2]string]int{{"a", "b"}: 3, {"b", "a"}: 4}
	fmt.Println(edges[[2]string{"a", "b"}], edges[[2]string{"a", "c"}])
	type key struct {
		name string
		id   int
	}
	m := map[key]string{{"x", 1}: "first"}
	m[key{"x", 1}] += "!"
	fmt.Println(m)
}
