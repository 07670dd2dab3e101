package main

import (
	"fmt"
	"strings"
)

func generate(done <-chan struct{}, nums ...int) <-chan int {
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

func square(done <-chan struct{}, in <-chan int) <-chan int {
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

func add(done <-chan struct{}, in <-chan int, k int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			select {
			case out <- n + k:
			case <-done:
				return
			}
		}
	}()
	return out
}

func main() {
	done := make(chan struct{})
	defer close(done)

	var parts []string
	for v := range add(done, square(done, generate(done, 1, 2, 3, 4, 5)), 10) {
		parts = append(parts, fmt.Sprint(v))
	}
	fmt.Println("pipeline:", strings.Join(parts, " -> "))

	// stop early: take only the first three values
	done2 := make(chan struct{})
	stream := square(done2, generate(done2, 7, 8, 9, 10, 11, 12))
	total := 0
	for i := 0; i < 3; i++ {
		v, ok := <-stream
		if !ok {
			break
		}
		total += v
		fmt.Printf("took %d (running total %d)\n", v, total)
	}
	close(done2)
	fmt.Println("total of first three squares:", total)
}
