package main

import "fmt"

type Box[T any] struct{ v T }

type Pair[K any, V any] struct {
	Key K
	Val V
}

func main() {
	var b Box[Pair[string, int]]
	fmt.Println(b)
}
