// Exercises: mini-batching with slices of slices, partial last batch, sub-slices aliasing the dataset, full slice expression
package main

import "fmt"

func batches(X [][]float64, size int) [][][]float64 {
	var out [][][]float64
	for start := 0; start < len(X); start += size {
		end := start + size
		if end > len(X) {
			end = len(X)
		}
		out = append(out, X[start:end:end])
	}
	return out
}

func mean(b [][]float64) []float64 {
	m := make([]float64, len(b[0]))
	for _, row := range b {
		for j, v := range row {
			m[j] += v / float64(len(b))
		}
	}
	return m
}

func main() {
	var X [][]float64
	for i := 0; i < 7; i++ {
		X = append(X, []float64{float64(i), float64(i * i)})
	}
	bs := batches(X, 3)
	fmt.Println(len(bs), "batches")
	for i, b := range bs {
		fmt.Printf("batch %d len=%d cap=%d mean=%.2f\n", i, len(b), cap(b), mean(b))
	}
	bs[1][0][0] = 100 // aliases X[3]
	fmt.Println(X[3])
	bs[0] = append(bs[0], []float64{-1, -1}) // cap was limited: X is untouched
	fmt.Println(len(bs[0]), X[3], len(X))
}
