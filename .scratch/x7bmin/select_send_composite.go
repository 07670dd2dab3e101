package main

import "fmt"

type result struct{ job, value int }

func main() {
	out := make(chan result, 1)
	arr := make(chan [2]int, 1)
	j := 3
	select {
	case out <- result{j, j * j}:
	}
	select {
	case arr <- [2]int{j, j + 1}:
	}
	fmt.Println(<-out, <-arr) // Go: {3 9} [3 4]
}
