package main

import "fmt"

type Pair struct{ A, B int }

func main() {
	type Pair struct{ Key string }
	fmt.Println(Pair{"k"})
}
