package main

import (
	"fmt"
	"sync"
)

func gen(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for _, n := range nums {
			out <- n
		}
	}()
	return out
}

func sq(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			out <- n * n
		}
	}()
	return out
}

func merge(cs ...<-chan int) <-chan int {
	var wg sync.WaitGroup
	out := make(chan int, 10)
	output := func(c <-chan int) {
		defer wg.Done()
		for n := range c {
			out <- n
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
	total := 0
	for v := range sq(sq(gen(1, 2, 3))) {
		fmt.Println(v)
		total += v
	}
	fmt.Println("total", total)

	in := gen(1, 2, 3, 4, 5, 6)
	c1, c2 := sq(in), sq(in)
	sum := 0
	count := 0
	for v := range merge(c1, c2) {
		sum += v
		count++
	}
	fmt.Println("merged", count, sum)

	done := make(chan struct{})
	results := make(chan string)
	go func() {
		defer close(results)
		for i := 0; ; i++ {
			select {
			case <-done:
				return
			case results <- fmt.Sprintf("r%d", i):
			}
		}
	}()
	for i := 0; i < 4; i++ {
		fmt.Println(<-results)
	}
	close(done)
	for range results {
	}
	fmt.Println("done")

	buf := make(chan int, 3)
	buf <- 1
	buf <- 2
	fmt.Println(len(buf), cap(buf))
	close(buf)
	for v := range buf {
		fmt.Print(v, " ")
	}
	v, ok := <-buf
	fmt.Println(v, ok)
}
