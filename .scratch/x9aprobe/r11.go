// Exercises: channel of user structs, select with timeout-free fan-in ordered by sequence numbers
package main

import (
	"fmt"
	"sort"
)

type msg struct {
	from string
	seq  int
}

func producer(name string, n int, out chan<- msg, done chan<- bool) {
	for i := 0; i < n; i++ {
		out <- msg{name, i}
	}
	done <- true
}

func main() {
	out := make(chan msg)
	done := make(chan bool)
	go producer("a", 3, out, done)
	go producer("b", 2, out, done)
	var got []msg
	for finished := 0; finished < 2; {
		select {
		case m := <-out:
			got = append(got, m)
		case <-done:
			finished++
		}
	}
	sort.Slice(got, func(i, j int) bool {
		if got[i].from != got[j].from {
			return got[i].from < got[j].from
		}
		return got[i].seq < got[j].seq
	})
	fmt.Printf("%v %+v\n", got, got[0])
}
