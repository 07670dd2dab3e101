package main

import (
	"fmt"
	"sync"
)

type job struct {
	id int
	n  int
}

type result struct {
	id    int
	steps int
}

func collatz(n int) int {
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
	jobs := make(chan job)
	results := make(chan result, 10)
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- result{j.id, collatz(j.n)}
			}
		}()
	}
	go func() {
		for i, n := range []int{27, 97, 871, 6171, 77031, 3, 7, 9} {
			jobs <- job{i, n}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	out := make([]int, 8)
	for r := range results {
		out[r.id] = r.steps
	}
	fmt.Println(out)

	var mu sync.Mutex
	total := 0
	var wg2 sync.WaitGroup
	for i := 1; i <= 100; i++ {
		wg2.Add(1)
		go func(k int) {
			defer wg2.Done()
			mu.Lock()
			total += k
			mu.Unlock()
		}(i)
	}
	wg2.Wait()
	fmt.Println("total", total)

	done := make(chan struct{})
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v * 2
		}
		close(done)
	}()
	for i := range 5 {
		ping <- i
		fmt.Print(<-pong, " ")
	}
	close(ping)
	<-done
	fmt.Println()
}
