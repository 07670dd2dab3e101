// Exercises: goroutines - a direct call vs go statements on a named function and a literal, WaitGroup Add/Done/Wait and wg.Go, results by index
package main

import (
	"fmt"
	"strings"
	"sync"
)

func shout(word string, out []string, slot int) {
	out[slot] = strings.ToUpper(word) + "!"
}

func main() {
	sync1 := make([]string, 1)
	shout("inline", sync1, 0)
	fmt.Println(sync1[0])

	words := []string{"alpha", "beta", "gamma", "delta"}
	loud := make([]string, len(words))
	var wg sync.WaitGroup
	for i, w := range words {
		wg.Add(1)
		go func() {
			defer wg.Done()
			shout(w, loud, i)
		}()
	}
	wg.Wait()
	fmt.Println(loud)

	lengths := make([]int, len(words))
	for i := range words {
		wg.Add(1)
		go func(idx int, s string) {
			defer wg.Done()
			lengths[idx] = len(s)
		}(i, words[i])
	}
	wg.Wait()
	fmt.Println(lengths)

	var group sync.WaitGroup
	cubes := make([]int, 6)
	for n := range cubes {
		group.Go(func() { cubes[n] = n * n * n })
	}
	group.Wait()
	fmt.Println(cubes)

	done := make(chan string)
	go func() { done <- "background work finished" }()
	fmt.Println(<-done)
}
