// Exercises: channels - unbuffered send/receive between goroutines, request/response pairs, results from parallel halves, channels of channels
package main

import "fmt"

func main() {
	greetings := make(chan string)
	go func() { greetings <- "hello from a goroutine" }()
	fmt.Println(<-greetings)

	requests := make(chan int)
	responses := make(chan string)
	go func() {
		for n := range requests {
			responses <- fmt.Sprintf("%d squared is %d", n, n*n)
		}
		close(responses)
	}()
	for _, n := range []int{3, 4, 5} {
		requests <- n
		fmt.Println(<-responses)
	}
	close(requests)
	_, open := <-responses
	fmt.Println("responses open:", open)

	data := []int{9, -3, 12, 7, 1, -8, 20}
	partial := make(chan int)
	maxOf := func(xs []int) {
		best := xs[0]
		for _, x := range xs {
			best = max(best, x)
		}
		partial <- best
	}
	go maxOf(data[:len(data)/2])
	go maxOf(data[len(data)/2:])
	a, b := <-partial, <-partial
	fmt.Println("overall max:", max(a, b))

	calls := make(chan chan int)
	go func() {
		total := 0
		for reply := range calls {
			total++
			reply <- total
		}
	}()
	for range 3 {
		reply := make(chan int)
		calls <- reply
		fmt.Print(<-reply, " ")
	}
	fmt.Println()
	var unset chan bool
	fmt.Println(unset == nil, cap(greetings), len(greetings))
}
