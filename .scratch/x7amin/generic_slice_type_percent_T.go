package main

import "fmt"

type Bag[T any] []T

func main() {
	var x any = Bag[int]{4, 5}
	fmt.Printf("%T\n", x)
}
