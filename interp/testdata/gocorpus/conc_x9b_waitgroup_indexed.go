// Exercises: goroutines with sync.WaitGroup writing results by index (no lock needed), Go 1.22 per-iteration loop variables captured by goroutines, wg.Go, error slice by index.
package main

import (
	"fmt"
	"strings"
	"sync"
)

func collatzLen(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func main() {
	inputs := []int{6, 7, 27, 97, 1, 871}
	results := make([]int, len(inputs))
	var wg sync.WaitGroup
	for i, n := range inputs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = collatzLen(n)
		}()
	}
	wg.Wait()
	fmt.Println(results)

	words := []string{"go", "", "yaegi", "", "kernel"}
	errs := make([]error, len(words))
	upper := make([]string, len(words))
	var wg2 sync.WaitGroup
	for i := range words {
		wg2.Go(func() {
			if words[i] == "" {
				errs[i] = fmt.Errorf("word %d is empty", i)
				return
			}
			upper[i] = strings.ToUpper(words[i])
		})
	}
	wg2.Wait()
	fmt.Printf("%q\n", upper)
	for _, err := range errs {
		if err != nil {
			fmt.Println(err)
		}
	}
}
