package main

import (
	"fmt"
	"math/rand"
)

type Batch[T any] struct {
	Index int
	Items []T
}

func Batches[T any](xs []T, size int, r *rand.Rand) func(func(Batch[T]) bool) {
	return func(yield func(Batch[T]) bool) {
		perm := r.Perm(len(xs))
		for b, start := 0, 0; start < len(xs); b, start = b+1, start+size {
			end := min(start+size, len(xs))
			items := make([]T, 0, end-start)
			for _, i := range perm[start:end] {
				items = append(items, xs[i])
			}
			if !yield(Batch[T]{b, items}) {
				return
			}
		}
	}
}

type Example struct {
	X float64
	Y float64
}

func main() {
	r := rand.New(rand.NewSource(7))
	var data []Example
	for i := range 23 {
		x := float64(i) / 4
		data = append(data, Example{x, 1.5*x - 2 + (r.Float64()-0.5)*0.2})
	}
	w, b := 0.0, 0.0
	lr := 0.05
	for epoch := 1; epoch <= 40; epoch++ {
		var last float64
		nb := 0
		for batch := range Batches(data, 5, r) {
			var gw, gb, loss float64
			for _, ex := range batch.Items {
				e := w*ex.X + b - ex.Y
				gw += e * ex.X
				gb += e
				loss += e * e
			}
			n := float64(len(batch.Items))
			w -= lr * gw / n
			b -= lr * gb / n
			last = loss / n
			nb++
		}
		if epoch%10 == 0 {
			fmt.Printf("epoch %2d batches=%d last-batch-mse=%.5f w=%.4f b=%.4f\n", epoch, nb, last, w, b)
		}
	}
	for bt := range Batches([]string{"a", "b", "c", "d", "e"}, 2, rand.New(rand.NewSource(1))) {
		fmt.Println(bt.Index, bt.Items)
		if bt.Index == 1 {
			break
		}
	}
}
