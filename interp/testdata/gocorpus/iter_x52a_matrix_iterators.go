package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

type Dense struct {
	rows, cols int
	v          []float64
}

func (d *Dense) All() iter.Seq2[[2]int, float64] {
	return func(yield func([2]int, float64) bool) {
		for i := 0; i < d.rows; i++ {
			for j := 0; j < d.cols; j++ {
				if !yield([2]int{i, j}, d.v[i*d.cols+j]) {
					return
				}
			}
		}
	}
}

func (d *Dense) Rows() iter.Seq[[]float64] {
	return func(yield func([]float64) bool) {
		for i := 0; i < d.rows; i++ {
			if !yield(d.v[i*d.cols : (i+1)*d.cols]) {
				return
			}
		}
	}
}

func Diagonal(d *Dense) iter.Seq[float64] {
	return func(yield func(float64) bool) {
		for i := 0; i < min(d.rows, d.cols); i++ {
			if !yield(d.v[i*d.cols+i]) {
				return
			}
		}
	}
}

func main() {
	d := &Dense{3, 4, []float64{
		4, 0, 1, 0,
		0, 5, 0, 2,
		3, 0, 6, 0,
	}}
	nz := map[[2]int]float64{}
	for ij, v := range d.All() {
		if v != 0 {
			nz[ij] = v
		}
	}
	keys := slices.SortedFunc(maps.Keys(nz), func(a, b [2]int) int {
		if a[1] != b[1] {
			return a[1] - b[1]
		}
		return a[0] - b[0]
	})
	for _, k := range keys {
		fmt.Printf("(%d,%d)=%g ", k[0], k[1], nz[k])
	}
	fmt.Println()
	fmt.Println("diag:", slices.Collect(Diagonal(d)))
	for r := range d.Rows() {
		fmt.Printf("%5.1f | sum %4.1f\n", r, sum(slices.Values(r)))
	}
	for ij, v := range d.All() {
		if v > 4.5 {
			fmt.Println("first > 4.5 at", ij)
			break
		}
	}
	fmt.Println(nz)
}

func sum(s iter.Seq[float64]) float64 {
	t := 0.0
	for v := range s {
		t += v
	}
	return t
}
