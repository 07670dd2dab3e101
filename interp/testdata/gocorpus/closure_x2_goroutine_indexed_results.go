// Exercises: goroutines launched from a loop with closures writing into their own slice index.
package main

import (
	"fmt"
	"strings"
	"sync"
)

func main() {
	words := []string{"alpha", "beta", "gamma", "delta", "epsilon"}
	results := make([]string, len(words))
	lengths := make([]int, len(words))
	var wg sync.WaitGroup
	for i, w := range words {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = strings.ToUpper(w[:1]) + w[1:]
			lengths[i] = len(w)
		}()
	}
	wg.Wait()
	fmt.Println(results)
	fmt.Println(lengths)

	var mu sync.Mutex
	total := 0
	for n := 1; n <= 100; n++ {
		wg.Add(1)
		go func(k int) {
			defer wg.Done()
			mu.Lock()
			total += k
			mu.Unlock()
		}(n)
	}
	wg.Wait()
	fmt.Println(total)
}
