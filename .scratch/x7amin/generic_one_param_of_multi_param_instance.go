package main

import "fmt"

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type Box[T any] struct{ V T }

func Id[T any](x T) T { return x }

func main() {
	// Each of these fails alone; Box[[]Pair[int, int]], Pair[Pair[int, int], bool] and
	// Id(Pair[int, int]{1, 2}) (inferred) work.
	fmt.Println(Box[Pair[int, int]]{})                    // CFG post-order panic: nil pointer dereference
	fmt.Println(Box[*Pair[int, int]]{})                   // same
	fmt.Println(Id[Pair[int, int]](Pair[int, int]{1, 2})) // runtime.Error: nil pointer dereference (looks like the user's bug)
}
