// Exercises: buffered channel len and cap as items are sent and received, and a nil channel in select.
package main

import "fmt"

func main() {
	ch := make(chan string, 3)
	fmt.Println(len(ch), cap(ch))
	ch <- "a"
	ch <- "b"
	fmt.Println(len(ch), cap(ch))
	fmt.Println(<-ch)
	ch <- "c"
	ch <- "d"
	fmt.Println(len(ch), cap(ch))
	close(ch)
	for s := range ch {
		fmt.Print(s, " ")
	}
	fmt.Println(len(ch))

	var nilCh chan int
	fmt.Println(nilCh == nil, len(nilCh), cap(nilCh))
	ready := make(chan int, 1)
	ready <- 5
	for i := 0; i < 2; i++ {
		select {
		case v := <-nilCh:
			fmt.Println("never", v)
		case v := <-ready:
			fmt.Println("ready", v)
		default:
			fmt.Println("default")
		}
	}
	unbuf := make(chan int)
	fmt.Println(len(unbuf), cap(unbuf))
}
