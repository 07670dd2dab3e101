// Exercises: worker pool with sync.WaitGroup, results gathered by index, mutex-guarded counter, errgroup-style first error
package main

import (
	"fmt"
	"sync"
)

func collatzLen(n int) int {
	l := 1
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		l++
	}
	return l
}

func main() {
	jobs := make(chan int)
	results := make([]int, 30)
	var wg sync.WaitGroup
	var mu sync.Mutex
	processed := 0
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := range jobs {
				results[n-1] = collatzLen(n)
				mu.Lock()
				processed++
				mu.Unlock()
			}
		}()
	}
	for n := 1; n <= len(results); n++ {
		jobs <- n
	}
	close(jobs)
	wg.Wait()
	fmt.Println(results, processed)

	errs := make(chan error, 5)
	var wg2 sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg2.Add(1)
		go func(i int) {
			defer wg2.Done()
			if i == 3 {
				errs <- fmt.Errorf("task %d failed", i)
			}
		}(i)
	}
	wg2.Wait()
	close(errs)
	for err := range errs {
		fmt.Println("error:", err)
	}
	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("init once", i) })
	}
}
