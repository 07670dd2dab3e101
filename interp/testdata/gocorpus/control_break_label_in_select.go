// Exercises: break Label inside a select inside a for loop (plain break only exits the select).
package main

import "fmt"

func main() {
	data := make(chan int)
	quit := make(chan struct{})
	go func() {
		for i := 1; i <= 3; i++ {
			data <- i
		}
		close(quit)
	}()
	received := 0
loop:
	for {
		select {
		case v := <-data:
			received += v
			if v == 100 {
				break
			}
			fmt.Println("got", v)
		case <-quit:
			fmt.Println("quit signal")
			break loop
		}
	}
	fmt.Println("received total", received)
}
