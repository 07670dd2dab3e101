// Exercises: a pipeline of stages connected by channels (generate -> filter primes -> square -> sum), each stage closing its output, receive-only and send-only channel types.
package main

import "fmt"

func generate(n int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 2; i <= n; i++ {
			out <- i
		}
	}()
	return out
}

func filter(in <-chan int, keep func(int) bool) <-chan int {
	out := make(chan int)
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

func mapStage(in <-chan int, f func(int) int) <-chan int {
	out := make(chan int, 4)
	go func() {
		for v := range in {
			out <- f(v)
		}
		close(out)
	}()
	return out
}

func sink(in <-chan int, results chan<- []int) {
	var all []int
	for v := range in {
		all = append(all, v)
	}
	results <- all
}

func isPrime(n int) bool {
	for d := 2; d*d <= n; d++ {
		if n%d == 0 {
			return false
		}
	}
	return n > 1
}

func main() {
	results := make(chan []int)
	squares := mapStage(filter(generate(30), isPrime), func(x int) int { return x * x })
	go sink(squares, results)
	all := <-results
	total := 0
	for _, v := range all {
		total += v
	}
	fmt.Println(all, total)
}
