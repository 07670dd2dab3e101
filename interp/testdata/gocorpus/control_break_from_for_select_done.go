// Exercises: for-select loop with a done channel and labeled break, counting ticks from a channel.
package main

import "fmt"

func main() {
	ticks := make(chan int)
	done := make(chan bool)
	go func() {
		for i := range 5 {
			ticks <- i
		}
		done <- true
	}()
	count := 0
Loop:
	for {
		select {
		case t := <-ticks:
			count++
			switch {
			case t%2 == 0:
				fmt.Println("even tick", t)
			default:
				continue Loop
			}
		case <-done:
			break Loop
		}
	}
	fmt.Println("ticks:", count)
}
