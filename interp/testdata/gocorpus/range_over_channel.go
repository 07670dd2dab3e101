// Exercises: range over a channel until it is closed by the producer.
package main

import "fmt"

func produce(n int) <-chan int {
	ch := make(chan int, 2)
	go func() {
		for i := range n {
			ch <- i * 3
		}
		close(ch)
	}()
	return ch
}

func main() {
	sum := 0
	for v := range produce(6) {
		fmt.Print(v, " ")
		sum += v
	}
	fmt.Println("sum", sum)
	empty := make(chan string)
	close(empty)
	for s := range empty {
		fmt.Println("never", s)
	}
	fmt.Println("done")
}
