// Exercises: fan-in of several producers into one channel, closed after a WaitGroup.
package main

import (
	"fmt"
	"slices"
	"sync"
)

func producer(name string, n int, out chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := range n {
		out <- fmt.Sprintf("%s-%d", name, i)
	}
}

func main() {
	out := make(chan string)
	var wg sync.WaitGroup
	for _, p := range []struct {
		name string
		n    int
	}{{"x", 2}, {"y", 3}, {"z", 1}} {
		wg.Add(1)
		go producer(p.name, p.n, out, &wg)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	var all []string
	for s := range out {
		all = append(all, s)
	}
	slices.Sort(all)
	fmt.Println(all, len(all))
}
