// Exercises: a student's training loop that reads one batch past the end: output up to the panic, then Go's uncaught index panic
package main

import "fmt"

var data = [][]float64{{1, 2}, {3, 4}, {5, 6}}
var w = []float64{0.1, 0.1}

func loss(batch []float64) float64 {
	s := 0.0
	for i, x := range batch {
		s += w[i] * x
	}
	return s * s
}

func epoch(n int) {
	for b := 0; b <= n; b++ {
		fmt.Printf("batch %d loss %.3f\n", b, loss(data[b]))
	}
}

func main() {
	epoch(len(data))
	fmt.Println("never printed")
}
