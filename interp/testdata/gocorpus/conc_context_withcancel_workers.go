// Exercises: context.WithCancel stopping worker goroutines deterministically.
package main

import (
	"context"
	"fmt"
	"sync"
)

func worker(ctx context.Context, id int, jobs <-chan int, out chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	for {
		select {
		case <-ctx.Done():
			return
		case j, ok := <-jobs:
			if !ok {
				return
			}
			out <- fmt.Sprintf("job %d squared %d", j, j*j)
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	jobs := make(chan int)
	out := make(chan string, 10)
	var wg sync.WaitGroup
	for id := range 3 {
		wg.Add(1)
		go worker(ctx, id, jobs, out, &wg)
	}
	for j := range 4 {
		jobs <- j
	}
	cancel()
	wg.Wait()
	close(out)
	fmt.Println(len(out), ctx.Err())
}
