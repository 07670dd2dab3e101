// Exercises: buffered channels - len and cap, sends do not block until full, FIFO order, select default when full
package main

import "fmt"

func main() {
	ch := make(chan string, 3)
	fmt.Println("empty:", len(ch), cap(ch))
	ch <- "a"
	ch <- "b"
	fmt.Println("after two sends:", len(ch), cap(ch))
	ch <- "c"
	select {
	case ch <- "d":
		fmt.Println("sent d")
	default:
		fmt.Println("full, default taken")
	}
	fmt.Println("fifo:", <-ch, <-ch, len(ch))
	close(ch)
	for s := range ch {
		fmt.Println("drained after close:", s)
	}
	select {
	case v, ok := <-ch:
		fmt.Printf("closed receive ready: %q %v\n", v, ok)
	default:
		fmt.Println("not ready")
	}
	var unbuf = make(chan int)
	fmt.Println("unbuffered cap:", cap(unbuf))
}
