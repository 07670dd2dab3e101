// Exercises: closures capturing loop variables with Go 1.22 per-iteration semantics in for-3-clause, range, and goroutines
package main

import (
	"fmt"
	"sync"
)

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * 10 })
	}
	for _, v := range []string{"a", "b"} {
		fs = append(fs, func() int { return len(v) + 100 })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var ptrs []*int
	for i := range 3 {
		ptrs = append(ptrs, &i)
	}
	fmt.Println(*ptrs[0], *ptrs[1], *ptrs[2])
	var mu sync.Mutex
	var wg sync.WaitGroup
	seen := make([]bool, 4)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			seen[i] = true
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(seen)
	acc := []func(){}
	total := 0
	for i := 1; i <= 3; i++ {
		acc = append(acc, func() { total += i })
		i++
	}
	for _, f := range acc {
		f()
	}
	fmt.Println(total)
}
