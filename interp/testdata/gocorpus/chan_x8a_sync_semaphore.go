// Exercises: buffered channel as a semaphore limits concurrency; max observed concurrency protected by a mutex
package main

import (
	"fmt"
	"sync"
)

func main() {
	sem := make(chan struct{}, 2)
	var mu sync.Mutex
	var wg sync.WaitGroup
	active, maxActive := 0, 0
	total := 0
	for i := 1; i <= 6; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			sem <- struct{}{}
			mu.Lock()
			active++
			if active > maxActive {
				maxActive = active
			}
			total += n
			active--
			mu.Unlock()
			<-sem
		}(i)
	}
	wg.Wait()
	fmt.Println("total:", total, "max active within limit:", maxActive <= 2)
	errc := make(chan error, 3)
	for i := 0; i < 3; i++ {
		go func() {
			if i == 1 {
				errc <- fmt.Errorf("task %d failed", i)
				return
			}
			errc <- nil
		}()
	}
	failures := 0
	for i := 0; i < 3; i++ {
		if err := <-errc; err != nil {
			fmt.Println("error:", err)
			failures++
		}
	}
	fmt.Println("failures:", failures)
}
