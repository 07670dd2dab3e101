// Exercises: select with default for non-blocking send and receive.
package main

import "fmt"

func main() {
	ch := make(chan int, 2)
	for i := range 4 {
		select {
		case ch <- i:
			fmt.Println("sent", i)
		default:
			fmt.Println("buffer full, dropped", i)
		}
	}
	for range 3 {
		select {
		case v := <-ch:
			fmt.Println("received", v)
		default:
			fmt.Println("nothing ready")
		}
	}
	var nilCh chan int
	select {
	case v := <-nilCh:
		fmt.Println("impossible", v)
	default:
		fmt.Println("nil channel never ready")
	}
}
