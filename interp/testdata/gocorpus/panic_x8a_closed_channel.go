// Exercises: channel panics - close of closed channel, send on closed channel, close of nil channel; receive from closed is fine
package main

import "fmt"

func try(name string, f func()) {
	defer func() { fmt.Println(name+":", recover()) }()
	f()
}

func main() {
	ch := make(chan int, 1)
	ch <- 5
	close(ch)
	v, ok := <-ch
	fmt.Println("buffered value after close:", v, ok)
	v, ok = <-ch
	fmt.Println("drained closed channel:", v, ok)
	try("close twice", func() { close(ch) })
	try("send on closed", func() { ch <- 1 })
	var nilCh chan int
	try("close nil", func() { close(nilCh) })
}
