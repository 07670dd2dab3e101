// Exercises: a goroutine in main with a WaitGroup and a closure over a main-local slice
package main

import (
	"fmt"
	"sync"
)

func main() {
	squares := make([]int, 5)
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
	total := 0
	add := func(xs ...int) {
		for _, x := range xs {
			total += x
		}
	}
	add(squares...)
	fmt.Println(total)
}
