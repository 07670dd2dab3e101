// Exercises: sync.WaitGroup.Go (Go 1.25+) with closures capturing loop variables.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	var words []string
	for _, w := range []string{"pear", "apple", "fig", "kiwi"} {
		wg.Go(func() {
			mu.Lock()
			words = append(words, fmt.Sprintf("%s:%d", w, len(w)))
			mu.Unlock()
		})
	}
	wg.Wait()
	sort.Strings(words)
	fmt.Println(words)
}
