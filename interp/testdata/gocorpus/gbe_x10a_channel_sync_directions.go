// Exercises: channel synchronization (waiting on a done channel) and channel directions (send-only and receive-only parameters and results)
package main

import (
	"fmt"
	"strings"
)

func build(parts []string, out *strings.Builder, done chan<- bool) {
	for _, p := range parts {
		out.WriteString(p)
	}
	done <- true
}

func emit(dst chan<- string, items ...string) {
	for _, it := range items {
		dst <- it
	}
	close(dst)
}

func relay(src <-chan string, dst chan<- string) {
	for s := range src {
		dst <- "[" + s + "]"
	}
	close(dst)
}

func countdown(from int) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for i := from; i > 0; i-- {
			ch <- i
		}
	}()
	return ch
}

func main() {
	var sb strings.Builder
	finished := make(chan bool)
	go build([]string{"syn", "chro", "nized"}, &sb, finished)
	<-finished
	fmt.Println(sb.String())

	raw, wrapped := make(chan string), make(chan string)
	go emit(raw, "a", "b", "c")
	go relay(raw, wrapped)
	for w := range wrapped {
		fmt.Print(w)
	}
	fmt.Println()

	for n := range countdown(3) {
		fmt.Print(n, " ")
	}
	fmt.Println("go!")

	var sendOnly chan<- string = raw
	var recvOnly <-chan int = countdown(1)
	fmt.Printf("%T %T %d\n", sendOnly, recvOnly, <-recvOnly)
}
