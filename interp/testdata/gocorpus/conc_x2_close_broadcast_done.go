// Exercises: closing a channel to broadcast shutdown to many waiting goroutines.
package main

import (
	"fmt"
	"sync"
)

func main() {
	start := make(chan struct{})
	var ready, finished sync.WaitGroup
	var mu sync.Mutex
	order := map[int]bool{}
	for i := 0; i < 5; i++ {
		ready.Add(1)
		finished.Add(1)
		go func(id int) {
			defer finished.Done()
			ready.Done()
			<-start
			mu.Lock()
			order[id] = true
			mu.Unlock()
		}(i)
	}
	ready.Wait()
	mu.Lock()
	fmt.Println("before close:", len(order))
	mu.Unlock()
	close(start)
	finished.Wait()
	fmt.Println("after close:", len(order))

	v, ok := <-start
	fmt.Println(v, ok)
	data := make(chan int, 3)
	data <- 1
	data <- 2
	close(data)
	for i := 0; i < 4; i++ {
		v, ok := <-data
		fmt.Println(v, ok)
	}
}
