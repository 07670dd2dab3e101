// Exercises: select with default on full/empty buffered channels, len and cap of channels
package main

import "fmt"

func main() {
	ch := make(chan int, 2)
	for i := 0; i < 4; i++ {
		select {
		case ch <- i:
			fmt.Println("sent", i)
		default:
			fmt.Println("full, dropped", i)
		}
	}
	fmt.Println(len(ch), cap(ch))
	for {
		select {
		case v := <-ch:
			fmt.Println("got", v)
			continue
		default:
			fmt.Println("empty")
		}
		break
	}
}
