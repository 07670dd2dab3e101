package main

import (
	"container/ring"
	"fmt"
	"math"
)

func main() {
	const window = 4
	r := ring.New(window)
	w, b := 0.0, 0.0
	xs := []float64{1, 2, 3, 4, 5}
	ys := []float64{3, 5, 7, 9, 11}
	lr := 0.02
	for epoch := 1; epoch <= 12; epoch++ {
		var dw, db, loss float64
		for i := range xs {
			pred := w*xs[i] + b
			e := pred - ys[i]
			loss += e * e / float64(len(xs))
			dw += 2 * e * xs[i] / float64(len(xs))
			db += 2 * e / float64(len(xs))
		}
		w -= lr * dw
		b -= lr * db
		r.Value = loss
		r = r.Next()
		sum, n := 0.0, 0
		r.Do(func(v any) {
			if v != nil {
				sum += v.(float64)
				n++
			}
		})
		fmt.Printf("epoch %2d loss %9.4f moving avg %9.4f w=%.4f b=%.4f\n", epoch, loss, sum/float64(n), w, b)
	}
	// check dL/dw numerically at final point
	L := func(w, b float64) float64 {
		s := 0.0
		for i := range xs {
			e := w*xs[i] + b - ys[i]
			s += e * e / float64(len(xs))
		}
		return s
	}
	num := (L(w+1e-6, b) - L(w-1e-6, b)) / 2e-6
	an := 0.0
	for i := range xs {
		an += 2 * (w*xs[i] + b - ys[i]) * xs[i] / float64(len(xs))
	}
	fmt.Printf("dL/dw analytic %.5f numeric %.5f close=%v\n", an, num, math.Abs(an-num) < 1e-6)
	fmt.Println("ring len", r.Len())
}
