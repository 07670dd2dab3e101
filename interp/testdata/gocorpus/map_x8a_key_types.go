// Exercises: map key types - interface keys with mixed dynamic types, struct keys, pointer keys by identity
package main

import "fmt"

type Key struct {
	A string
	B int
}

func main() {
	m := map[interface{}]string{}
	m[1] = "int"
	m[int64(1)] = "int64"
	m["1"] = "string"
	m[Key{"k", 1}] = "struct"
	fmt.Println("distinct dynamic types:", len(m), m[1], m[int64(1)], m["1"], m[Key{"k", 1}])
	p1, p2 := &Key{"a", 1}, &Key{"a", 1}
	pm := map[*Key]int{p1: 1, p2: 2}
	fmt.Println("pointer keys by identity:", len(pm), pm[p1], pm[p2])
	grid := map[[2]int]bool{}
	grid[[2]int{0, 1}] = true
	fmt.Println("array key:", grid[[2]int{0, 1}], grid[[2]int{1, 0}])
	defer func() { fmt.Println("recovered:", recover()) }()
	m[[]int{1}] = "slice"
	fmt.Println("unreachable")
}
