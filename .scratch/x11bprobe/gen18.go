package main

import "fmt"

type Pair[A, B any] struct {
	A A
	B B
}

func main() {
	fmt.Println(Pair[int, string]{1, "x"})
}
