// Exercises: two goroutines passing a ball back and forth over unbuffered channels for N rounds.
package main

import "fmt"

type Ball struct{ hits int }

func player(name string, in <-chan *Ball, out chan<- *Ball, done chan<- string, max int) {
	for b := range in {
		b.hits++
		fmt.Println(name, b.hits)
		if b.hits >= max {
			done <- name
			return
		}
		out <- b
	}
}

func main() {
	ping := make(chan *Ball)
	pong := make(chan *Ball)
	done := make(chan string)
	go player("ping", ping, pong, done, 7)
	go player("pong", pong, ping, done, 7)
	ping <- &Ball{}
	winner := <-done
	fmt.Println("last hit by", winner)
}
