// Exercises: goroutine pipeline with directional channels; results gathered in input order via indexed results
package main

import (
	"fmt"
	"strings"
)

type job struct {
	idx  int
	text string
}

type res struct {
	idx int
	out string
}

func worker(in <-chan job, out chan<- res) {
	for j := range in {
		out <- res{j.idx, strings.ToUpper(j.text)}
	}
}

func main() {
	words := []string{"alpha", "beta", "gamma", "delta", "eps"}
	in := make(chan job)
	out := make(chan res, len(words))
	for w := 0; w < 3; w++ {
		go worker(in, out)
	}
	go func() {
		for i, w := range words {
			in <- job{i, w}
		}
		close(in)
	}()
	results := make([]string, len(words))
	for range words {
		r := <-out
		results[r.idx] = r.out
	}
	fmt.Println("ordered results:", results)
	var recvOnly <-chan res = out
	fmt.Printf("directional type: %T, len %d\n", recvOnly, len(recvOnly))
}
