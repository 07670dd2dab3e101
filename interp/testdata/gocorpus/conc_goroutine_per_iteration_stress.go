// Exercises: many goroutines started by go statements and wg.Go in loops, each seeing its own iteration.
package main

import (
	"fmt"
	"sync"
)

func tens(n int) int {
	var mu sync.Mutex
	count := 0
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if i%10 == 0 {
				mu.Lock()
				count++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	return count
}

func squares(n int) int {
	var wg sync.WaitGroup
	out := make([]int, n)
	for i := range n {
		wg.Go(func() { out[i] = i * i })
	}
	wg.Wait()
	sum := 0
	for _, v := range out {
		sum += v
	}
	return sum
}

func worker(id int, results chan<- int) { results <- id * 2 }

func main() {
	wrong := 0
	for run := 0; run < 40; run++ {
		if tens(500) != 50 {
			wrong++
		}
		if squares(300) != 8955050 {
			wrong++
		}
	}
	results := make(chan int, 100)
	for id := 0; id < 100; id++ {
		go worker(id, results)
	}
	total := 0
	for range 100 {
		total += <-results
	}
	fmt.Println("runs with a wrong count:", wrong, "total:", total)
}
