// Exercises: a three-stage pipeline (generate, square, sum) connected by channels.
package main

import "fmt"

func gen(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for _, n := range nums {
			out <- n
		}
	}()
	return out
}

func sq(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			out <- n * n
		}
	}()
	return out
}

func filter(in <-chan int, keep func(int) bool) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			if keep(n) {
				out <- n
			}
		}
	}()
	return out
}

func main() {
	for v := range sq(gen(1, 2, 3, 4)) {
		fmt.Print(v, " ")
	}
	fmt.Println()
	sum := 0
	for v := range filter(sq(sq(gen(1, 2, 3, 4, 5))), func(n int) bool { return n%2 == 1 }) {
		sum += v
	}
	fmt.Println("sum of odd fourth powers:", sum)
}
