// Exercises: a channel pipeline (generator -> square -> sum), closing channels, range over channel
package main

import "fmt"

func gen(n int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 1; i <= n; i++ {
			out <- i
		}
	}()
	return out
}

func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			out <- v * v
		}
	}()
	return out
}

func main() {
	total := 0
	for v := range square(gen(10)) {
		total += v
	}
	fmt.Println(total)
}
