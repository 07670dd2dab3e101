package main

import (
	"fmt"
	"sort"
	"sync"
)

// gen emits the numbers on a channel, stopping early if done is closed.
func gen(done <-chan struct{}, nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for _, n := range nums {
			select {
			case out <- n:
			case <-done:
				return
			}
		}
	}()
	return out
}

// sq squares each number it receives.
func sq(done <-chan struct{}, in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			select {
			case out <- n * n:
			case <-done:
				return
			}
		}
	}()
	return out
}

// merge fans in several channels into one.
func merge(done <-chan struct{}, cs ...<-chan int) <-chan int {
	var wg sync.WaitGroup
	out := make(chan int)

	output := func(c <-chan int) {
		defer wg.Done()
		for n := range c {
			select {
			case out <- n:
			case <-done:
				return
			}
		}
	}
	wg.Add(len(cs))
	for _, c := range cs {
		go output(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	// Simple pipeline.
	done := make(chan struct{})
	for n := range sq(done, sq(done, gen(done, 1, 2, 3))) {
		fmt.Println(n)
	}
	close(done)

	// Fan-out, fan-in, collecting all results.
	done2 := make(chan struct{})
	in := gen(done2, 1, 2, 3, 4, 5, 6, 7, 8)
	c1 := sq(done2, in)
	c2 := sq(done2, in)
	c3 := sq(done2, in)
	var all []int
	for n := range merge(done2, c1, c2, c3) {
		all = append(all, n)
	}
	close(done2)
	sort.Ints(all)
	fmt.Println("fan-in:", all)

	// Consume only the first value, then cancel.
	done3 := make(chan struct{})
	out := merge(done3, sq(done3, gen(done3, 2, 3, 4)), sq(done3, gen(done3, 5, 6)))
	first := <-out
	close(done3)
	fmt.Println("got one value, positive:", first > 0)
	// Drain whatever remains so goroutines exit.
	for range out {
	}
	fmt.Println("pipeline shut down")
}
