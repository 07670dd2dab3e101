// Exercises: fan-out to several squarers and fan-in with a merge function using WaitGroup.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func source(n int) <-chan int {
	out := make(chan int, n)
	for i := 1; i <= n; i++ {
		out <- i
	}
	close(out)
	return out
}

func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for v := range in {
			out <- v * v
		}
		close(out)
	}()
	return out
}

func merge(cs ...<-chan int) <-chan int {
	var wg sync.WaitGroup
	out := make(chan int)
	wg.Add(len(cs))
	for _, c := range cs {
		go func(c <-chan int) {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	in := source(12)
	merged := merge(square(in), square(in), square(in))
	var all []int
	for v := range merged {
		all = append(all, v)
	}
	sort.Ints(all)
	fmt.Println(len(all), all)
	sum := 0
	for _, v := range all {
		sum += v
	}
	fmt.Println(sum)
}
