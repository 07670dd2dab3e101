// Exercises: splitting work over goroutines, per-worker partial sums through a channel, deterministic total
package main

import "fmt"

func partial(xs []float64, out chan<- float64) {
	s := 0.0
	for _, x := range xs {
		s += x
	}
	out <- s
}

func main() {
	xs := make([]float64, 1000)
	for i := range xs {
		xs[i] = float64(i) * 0.5
	}
	const workers = 4
	out := make(chan float64, workers)
	chunk := len(xs) / workers
	for w := 0; w < workers; w++ {
		go partial(xs[w*chunk:(w+1)*chunk], out)
	}
	total := 0.0
	for w := 0; w < workers; w++ {
		total += <-out
	}
	fmt.Println(total)
}
