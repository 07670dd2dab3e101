// Exercises: student off-by-one mistakes: skipped first sample, moving average window, last batch dropped
package main

import "fmt"

var losses = []float64{1.0, 0.8, 0.7, 0.65, 0.6, 0.58, 0.57}

func sumSkippingFirst(xs []float64) float64 {
	s := 0.0
	for i := 1; i < len(xs); i++ { // should start at 0
		s += xs[i]
	}
	return s
}

func movingAverage(xs []float64, w int) []float64 {
	var out []float64
	for i := 0; i+w < len(xs); i++ { // misses the last window
		s := 0.0
		for j := i; j < i+w; j++ {
			s += xs[j]
		}
		out = append(out, s/float64(w))
	}
	return out
}

func numBatches(n, size int) int {
	return n / size // drops the partial batch
}

func main() {
	fmt.Printf("%.2f\n", sumSkippingFirst(losses))
	fmt.Printf("%.3f\n", movingAverage(losses, 3))
	fmt.Println(numBatches(len(losses), 3), (len(losses)+3-1)/3)
	for i := 0; i <= 2; i++ {
		fmt.Print(losses[len(losses)-1-i], " ")
	}
	fmt.Println()
	fmt.Println(losses[1 : len(losses)-1])
}
