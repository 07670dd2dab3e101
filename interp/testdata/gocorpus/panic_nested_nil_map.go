// Exercises: unrecovered runtime panic - writing into a nested map whose inner map was never made.
package main

import "fmt"

func main() {
	graph := map[string]map[string]int{}
	graph["a"] = map[string]int{"b": 1}
	graph["a"]["c"] = 2
	fmt.Println(graph)
	fmt.Println(graph["x"]["y"], len(graph["x"]))
	fmt.Println("adding edge from x")
	graph["x"]["y"] = 5
}
