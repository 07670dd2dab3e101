package main

import "fmt"

type Temp float64

type Pair[A, B any] struct {
	First  A
	Second B
}

func main() {
	fmt.Printf("%v\n", Pair[Temp, int]{1, 2})
}
