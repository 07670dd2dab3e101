// Exercises: goroutines with sync.WaitGroup writing results into distinct slice slots.
package main

import (
	"fmt"
	"sync"
)

func slowSquare(n int) int {
	total := 0
	for range n {
		total += n
	}
	return total
}

func main() {
	inputs := []int{3, 1, 4, 1, 5, 9, 2, 6}
	out := make([]int, len(inputs))
	var wg sync.WaitGroup
	for i, n := range inputs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out[i] = slowSquare(n)
		}()
	}
	wg.Wait()
	fmt.Println(out)
}
