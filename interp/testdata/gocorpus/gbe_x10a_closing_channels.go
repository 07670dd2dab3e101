// Exercises: closing channels - closing to signal no more work, comma-ok receives after close, zero values, close as a broadcast
package main

import "fmt"

func main() {
	tasks := make(chan string, 4)
	report := make(chan int)

	go func() {
		handled := 0
		for {
			t, open := <-tasks
			if !open {
				report <- handled
				return
			}
			handled += len(t)
		}
	}()

	for _, t := range []string{"wash", "dry", "fold"} {
		tasks <- t
	}
	close(tasks)
	fmt.Println("letters handled:", <-report)

	v, open := <-tasks
	fmt.Printf("after close: %q %v\n", v, open)

	nums := make(chan int, 3)
	nums <- 10
	nums <- 20
	close(nums)
	for i := 0; i < 4; i++ {
		n, ok := <-nums
		fmt.Println(i, n, ok)
	}

	start := make(chan struct{})
	ready := make(chan int, 4)
	for id := 1; id <= 4; id++ {
		go func() {
			<-start
			ready <- id * id
		}()
	}
	close(start)
	sum := 0
	for range 4 {
		sum += <-ready
	}
	fmt.Println("broadcast reached all, sum:", sum)

	quit := make(chan bool)
	close(quit)
	select {
	case <-quit:
		fmt.Println("quit is closed: receive never blocks")
	default:
		fmt.Println("unexpected")
	}
}
