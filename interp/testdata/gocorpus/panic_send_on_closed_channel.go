// Exercises: unrecovered runtime panic - send on closed channel.
package main

import "fmt"

func main() {
	events := make(chan string, 3)
	events <- "start"
	events <- "stop"
	close(events)
	for e := range events {
		fmt.Println("event:", e)
	}
	fmt.Println("sending late event")
	events <- "late"
}
