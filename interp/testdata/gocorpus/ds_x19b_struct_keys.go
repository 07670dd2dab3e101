package main

import (
	"fmt"
	"sort"
)

type Point struct {
	X, Y int
}

type Edge struct {
	From, To Point
}

type Tagged struct {
	Name string
	ID   int
	arr  [2]bool
}

func main() {
	p1 := Point{1, 2}
	p2 := Point{X: 1, Y: 2}
	p3 := Point{Y: 1, X: 2}
	fmt.Println(p1 == p2, p1 == p3, p1 != p3)

	visits := map[Point]int{}
	path := []Point{{0, 0}, {0, 1}, {1, 1}, {0, 1}, {0, 0}, {0, 1}}
	for _, p := range path {
		visits[p]++
	}
	fmt.Println(visits)

	edges := map[Edge]bool{}
	for i := 1; i < len(path); i++ {
		edges[Edge{path[i-1], path[i]}] = true
	}
	keys := make([]Edge, 0, len(edges))
	for e := range edges {
		keys = append(keys, e)
	}
	sort.Slice(keys, func(i, j int) bool {
		a, b := keys[i], keys[j]
		if a.From != b.From {
			if a.From.X != b.From.X {
				return a.From.X < b.From.X
			}
			return a.From.Y < b.From.Y
		}
		if a.To.X != b.To.X {
			return a.To.X < b.To.X
		}
		return a.To.Y < b.To.Y
	})
	for _, e := range keys {
		fmt.Printf("%+v\n", e)
	}

	t1 := Tagged{"a", 1, [2]bool{true, false}}
	t2 := t1
	t2.arr[1] = true
	fmt.Println(t1 == t2, t1.arr, t2.arr)

	anon := struct {
		A int
		B string
	}{1, "x"}
	anon2 := struct {
		A int
		B string
	}{1, "x"}
	fmt.Println(anon == anon2)

	var ifaceKey = map[any]string{}
	ifaceKey[Point{1, 1}] = "point"
	ifaceKey[1] = "int"
	ifaceKey["1"] = "string"
	ifaceKey[[2]int{1, 1}] = "array"
	fmt.Println(ifaceKey[Point{1, 1}], ifaceKey[1], ifaceKey["1"], ifaceKey[[2]int{1, 1}], len(ifaceKey))

	defer func() {
		fmt.Println("recovered:", recover())
	}()
	ifaceKey[[]int{1}] = "slice"
}
