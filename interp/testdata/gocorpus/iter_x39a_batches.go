package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Dataset struct {
	X [][]float64
	Y []float64
}

// Batches yields (batchIndex, indices) pairs over the dataset.
func (d Dataset) Batches(size int) iter.Seq2[int, []int] {
	return func(yield func(int, []int) bool) {
		for b, start := 0, 0; start < len(d.Y); b, start = b+1, start+size {
			end := min(start+size, len(d.Y))
			idx := make([]int, 0, end-start)
			for i := start; i < end; i++ {
				idx = append(idx, i)
			}
			if !yield(b, idx) {
				return
			}
		}
	}
}

func Rows(d Dataset) iter.Seq[[]float64] {
	return func(yield func([]float64) bool) {
		for _, x := range d.X {
			if !yield(x) {
				return
			}
		}
	}
}

func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func Window(xs []float64, n int) iter.Seq[[]float64] {
	return func(yield func([]float64) bool) {
		for i := 0; i+n <= len(xs); i++ {
			if !yield(xs[i : i+n]) {
				return
			}
		}
	}
}

func main() {
	d := Dataset{}
	for i := range 10 {
		d.X = append(d.X, []float64{float64(i), float64(i * i)})
		d.Y = append(d.Y, float64(2*i+1))
	}
	for b, idx := range d.Batches(4) {
		var sum float64
		for _, i := range idx {
			sum += d.Y[i]
		}
		fmt.Printf("batch %d %v mean y=%.2f\n", b, idx, sum/float64(len(idx)))
	}
	for b := range d.Batches(3) {
		if b == 1 {
			fmt.Println("stopping after batch", b)
			break
		}
	}
	big := slices.Collect(Filter(Rows(d), func(r []float64) bool { return r[1] > 20 }))
	fmt.Println("rows with x^2>20:", big)

	series := []float64{3, 5, 4, 6, 8, 7, 9}
	var ma []string
	for w := range Window(series, 3) {
		var s float64
		for _, v := range w {
			s += v
		}
		ma = append(ma, fmt.Sprintf("%.2f", s/3))
	}
	fmt.Println("moving avg:", strings.Join(ma, ", "))

	counts := map[string]int{"relu": 3, "tanh": 1, "sigmoid": 2, "gelu": 5}
	keys := slices.Sorted(maps.Keys(counts))
	fmt.Println(keys)
	byCount := slices.SortedFunc(maps.Keys(counts), func(a, b string) int { return counts[b] - counts[a] })
	fmt.Println(byCount)
	for i, v := range slices.Backward(series[:3]) {
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()
	total := 0
	for _, v := range maps.All(counts) {
		total += v
	}
	fmt.Println("total", total)
}
