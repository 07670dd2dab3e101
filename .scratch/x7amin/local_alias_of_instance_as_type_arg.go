package main

import "fmt"

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type Box[T any] struct{ V T }

func main() {
	type PB = Pair[int, int]
	fmt.Println(Box[PB]{})
}
