// Exercises: goroutines started with go and a function literal, WaitGroup, results gathered by index (deterministic output), wg.Go.
package main

import (
	"fmt"
	"sync"
)

func square(n int) int { return n * n }

func main() {
	var wg sync.WaitGroup
	results := make([]int, 5)
	for i := range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = square(i)
		}()
	}
	wg.Wait()
	fmt.Println(results)
	var wg2 sync.WaitGroup
	words := []string{"alpha", "beta", "gamma"}
	lens := make([]int, len(words))
	for i, w := range words {
		wg2.Go(func() {
			lens[i] = len(w)
		})
	}
	wg2.Wait()
	fmt.Println(lens)
	done := make(chan string)
	go func(msg string) {
		done <- msg + " from goroutine"
	}("hello")
	fmt.Println(<-done)
}
