// Exercises: select over several channels with nil-channel disabling and break leaving only the select, ping-pong goroutines with unbuffered channels, sync via done channel
package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan string)
	go func() {
		for i := 0; i < 3; i++ {
			a <- i
		}
		close(a)
	}()
	go func() {
		for _, s := range []string{"x", "y"} {
			b <- s
		}
		close(b)
	}()
	ints, strs, open := 0, "", 2
	for open > 0 {
		select {
		case v, ok := <-a:
			if !ok {
				a, open = nil, open-1
				break // leaves the select only
			}
			ints += v
		case s, ok := <-b:
			if !ok {
				b, open = nil, open-1
				break
			}
			strs += s
		}
	}
	fmt.Println(ints, len(strs))
	ping, pong := make(chan int), make(chan int)
	done := make(chan []int)
	go func() {
		var seen []int
		for v := range ping {
			seen = append(seen, v)
			pong <- v + 1
		}
		done <- seen
	}()
	v := 0
	for i := 0; i < 5; i++ {
		ping <- v
		v = <-pong * 2
	}
	close(ping)
	fmt.Println(v, <-done)
}
