// Exercises: student mistake: an off-by-one in a finite-difference loop reads past the end; Go's index panic ends the program
package main

import "fmt"

func diffs(xs []float64) []float64 {
	out := make([]float64, len(xs)-1)
	for i := 0; i < len(xs)-1; i++ {
		out[i] = xs[i+1] - xs[i]
	}
	return out
}

func secondDiffs(xs []float64) []float64 {
	out := make([]float64, len(xs)-2)
	for i := 0; i <= len(out); i++ { // <= is the bug
		out[i] = xs[i+2] - 2*xs[i+1] + xs[i]
	}
	return out
}

func main() {
	xs := []float64{0, 1, 4, 9, 16}
	fmt.Println(diffs(xs))
	fmt.Println(secondDiffs(xs))
}
