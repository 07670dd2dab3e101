// Exercises: goroutines of a loop iteration sharing the iteration's WaitGroup, Mutex and sum; closures keeping each iteration's variables.
package main

import (
	"fmt"
	"sync"
)

func main() {
	for round := 0; round < 3; round++ {
		var wg sync.WaitGroup
		var mu sync.Mutex
		sum := 0
		for k := 1; k <= 10; k++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				mu.Lock()
				sum += k * round
				mu.Unlock()
			}()
		}
		wg.Wait()
		fmt.Println(round, sum)
	}
	var fs []func() int
	for i := 0; i < 3; i++ {
		base := i * 10
		fs = append(fs, func() int { return base + i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
