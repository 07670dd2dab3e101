package main

import "fmt"

type T struct{ v int }

func main() {
	ch := make(chan T, 1)
	j := 3
	select {
	case ch <- func() T { return T{j * j} }():
	}
	fmt.Println(<-ch) // Go: {9}
}
