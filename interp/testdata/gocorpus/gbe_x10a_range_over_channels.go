// Exercises: range over channels - iterating a closed buffered channel, a pipeline of producer, filter and sink stages
package main

import (
	"fmt"
	"strings"
)

func words(text string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for _, w := range strings.Fields(text) {
			out <- w
		}
	}()
	return out
}

func longOnly(in <-chan string, min int) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for w := range in {
			if len(w) >= min {
				out <- strings.ToUpper(w)
			}
		}
	}()
	return out
}

func main() {
	backlog := make(chan int, 3)
	for i := range 3 {
		backlog <- 100 + i
	}
	close(backlog)
	for item := range backlog {
		fmt.Println("item", item)
	}

	for w := range longOnly(words("the quick brown fox jumps over a lazy dog"), 5) {
		fmt.Println(w)
	}

	lengths := make(chan int)
	go func() {
		for w := range words("a bb ccc") {
			lengths <- len(w)
		}
		close(lengths)
	}()
	sum := 0
	for n := range lengths {
		sum += n
	}
	fmt.Println("total length:", sum)

	done := make(chan int)
	close(done)
	n := 0
	for range done {
		n++
	}
	fmt.Println("loops over a closed empty channel:", n)
}
