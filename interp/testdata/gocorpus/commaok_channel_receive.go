// Exercises: comma-ok receive distinguishing closed channels from zero values.
package main

import "fmt"

func main() {
	ch := make(chan int, 3)
	ch <- 0
	ch <- 5
	close(ch)
	for {
		v, ok := <-ch
		fmt.Println(v, ok)
		if !ok {
			break
		}
	}
	v, ok := <-ch
	fmt.Println("again:", v, ok)
	done := make(chan struct{})
	close(done)
	_, open := <-done
	fmt.Println("done open?", open)
}
