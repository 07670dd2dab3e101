package main

import (
	"fmt"
	"math"
	"math/rand"
	"strings"
)

func main() {
	rng := rand.New(rand.NewSource(7))
	type pt struct{ x, y float64 }
	var data []pt
	for i := range 32 {
		x := float64(i)/16 - 1
		data = append(data, pt{x, 0.7*x - 0.3 + rng.NormFloat64()*0.05})
	}
	lossAt := func(w, b float64) float64 {
		s := 0.0
		for _, p := range data {
			d := w*p.x + b - p.y
			s += d * d
		}
		return s / float64(len(data))
	}
	lrs := []float64{}
	for lr := 1e-3; lr < 3; lr *= 2 {
		lrs = append(lrs, lr)
	}
	type run struct {
		lr   float64
		loss float64
	}
	var runs []run
	for _, lr := range lrs {
		w, b := 0.0, 0.0
		diverged := false
		for range 30 {
			gw, gb := 0.0, 0.0
			for _, p := range data {
				d := w*p.x + b - p.y
				gw += 2 * d * p.x / float64(len(data))
				gb += 2 * d / float64(len(data))
			}
			w -= lr * gw
			b -= lr * gb
			if math.IsNaN(w) || math.Abs(w) > 1e6 {
				diverged = true
				break
			}
		}
		l := lossAt(w, b)
		if diverged {
			l = math.Inf(1)
		}
		runs = append(runs, run{lr, l})
	}
	best := runs[0]
	for _, r := range runs {
		bar := ""
		if !math.IsInf(r.loss, 1) {
			n := int(math.Max(0, 40+8*math.Log10(r.loss)))
			bar = strings.Repeat("#", n)
		}
		fmt.Printf("lr=%-8.4f loss=%-10.3g %s\n", r.lr, r.loss, bar)
		if r.loss < best.loss {
			best = r
		}
	}
	fmt.Printf("best lr %.4f -> %.5f\n", best.lr, best.loss)
}
