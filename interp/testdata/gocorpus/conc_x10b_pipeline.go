// Exercises: a pipeline counter -> squarer -> printer built from a generic stage of unidirectional channels, a filter stage, comma-ok receive on a closed channel
package main

import "fmt"

// stage runs f over every value of in on its own goroutine.
func stage[T, U any](in <-chan T, f func(T) U) <-chan U {
	out := make(chan U)
	go func() {
		defer close(out)
		for v := range in {
			out <- f(v)
		}
	}()
	return out
}

func filter[T any](in <-chan T, keep func(T) bool) <-chan T {
	out := make(chan T, 2)
	go func() {
		defer close(out)
		for v := range in {
			if keep(v) {
				out <- v
			}
		}
	}()
	return out
}

func counter(n int) <-chan int {
	out := make(chan int)
	go func() {
		for x := range n {
			out <- x
		}
		close(out)
	}()
	return out
}

func printer(in <-chan string, done chan<- int) {
	lines := 0
	for s := range in {
		fmt.Print(s, " ")
		lines++
	}
	fmt.Println()
	done <- lines
}

func main() {
	squares := stage(counter(12), func(x int) int { return x * x })
	odd := filter(squares, func(x int) bool { return x%2 == 1 })
	labels := stage(odd, func(x int) string { return fmt.Sprintf("<%d>", x) })
	done := make(chan int)
	go printer(labels, done)
	fmt.Println("printed", <-done)
	ch := make(chan float64, 1)
	ch <- 2.5
	close(ch)
	v, ok := <-ch
	w, ok2 := <-ch
	fmt.Println(v, ok, w, ok2)
	var recvOnly <-chan int = counter(0)
	_, open := <-recvOnly
	fmt.Printf("%T %v\n", recvOnly, open)
}
