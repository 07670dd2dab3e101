// Exercises: goroutines writing disjoint slice elements, sync.WaitGroup, closure over loop var
package main

import (
	"fmt"
	"sync"
)

func main() {
	squares := make([]int, 8)
	var wg sync.WaitGroup
	for i := range squares {
		wg.Add(1)
		go func() {
			defer wg.Done()
			squares[i] = i * i
		}()
	}
	wg.Wait()
	fmt.Println(squares)
}
