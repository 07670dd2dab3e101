package main

import (
	"fmt"
	"iter"
	"math/rand"
)

type Example struct {
	X [2]float64
	Y float64
}

func Batches(data []Example, size int, seed int64) iter.Seq2[int, []Example] {
	return func(yield func(int, []Example) bool) {
		idx := rand.New(rand.NewSource(seed)).Perm(len(data))
		for b, start := 0, 0; start < len(data); b, start = b+1, start+size {
			end := min(start+size, len(data))
			batch := make([]Example, 0, end-start)
			for _, i := range idx[start:end] {
				batch = append(batch, data[i])
			}
			if !yield(b, batch) {
				return
			}
		}
	}
}

func main() {
	var data []Example
	for i := 0; i < 10; i++ {
		x0, x1 := float64(i)/10, float64(10-i)/10
		data = append(data, Example{[2]float64{x0, x1}, 2*x0 - x1 + 0.5})
	}
	w := [2]float64{}
	b := 0.0
	for epoch := 0; epoch < 30; epoch++ {
		var total float64
		for _, batch := range Batches(data, 3, int64(epoch)) {
			var gw [2]float64
			var gb float64
			for _, e := range batch {
				d := w[0]*e.X[0] + w[1]*e.X[1] + b - e.Y
				total += d * d
				gw[0] += 2 * d * e.X[0]
				gw[1] += 2 * d * e.X[1]
				gb += 2 * d
			}
			n := float64(len(batch))
			for i := range w {
				w[i] -= 0.3 * gw[i] / n
			}
			b -= 0.3 * gb / n
		}
		if epoch%10 == 9 {
			fmt.Printf("epoch %d mse %.6f w=%.4f b=%.4f\n", epoch, total/10, w, b)
		}
	}
	for i, batch := range Batches(data, 4, 7) {
		if i == 2 {
			break
		}
		fmt.Println("batch", i, "size", len(batch), "first y", fmt.Sprintf("%.2f", batch[0].Y))
	}
}
