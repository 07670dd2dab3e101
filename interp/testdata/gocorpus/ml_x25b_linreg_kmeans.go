package main

import (
	"fmt"
	"math"
	"math/rand"
	"sort"
)

type Point struct{ X, Y float64 }

func dist(a, b Point) float64 { return math.Hypot(a.X-b.X, a.Y-b.Y) }

func linreg(xs, ys []float64, lr float64, epochs int) (w, b float64, loss float64) {
	n := float64(len(xs))
	for e := 0; e < epochs; e++ {
		var dw, db float64
		loss = 0
		for i := range xs {
			pred := w*xs[i] + b
			err := pred - ys[i]
			loss += err * err
			dw += 2 * err * xs[i]
			db += 2 * err
		}
		w -= lr * dw / n
		b -= lr * db / n
		loss /= n
	}
	return
}

func kmeans(pts []Point, k, iters int) ([]Point, []int) {
	cents := make([]Point, k)
	copy(cents, pts[:k])
	assign := make([]int, len(pts))
	for it := 0; it < iters; it++ {
		for i, p := range pts {
			best, bd := 0, math.Inf(1)
			for c, cp := range cents {
				if d := dist(p, cp); d < bd {
					best, bd = c, d
				}
			}
			assign[i] = best
		}
		sums := make([]Point, k)
		counts := make([]int, k)
		for i, p := range pts {
			sums[assign[i]].X += p.X
			sums[assign[i]].Y += p.Y
			counts[assign[i]]++
		}
		for c := range cents {
			if counts[c] > 0 {
				cents[c] = Point{sums[c].X / float64(counts[c]), sums[c].Y / float64(counts[c])}
			}
		}
	}
	return cents, assign
}

func main() {
	r := rand.New(rand.NewSource(42))
	var xs, ys []float64
	for i := 0; i < 40; i++ {
		x := float64(i) / 10
		xs = append(xs, x)
		ys = append(ys, 3*x+1+(r.Float64()-0.5)*0.2)
	}
	w, b, loss := linreg(xs, ys, 0.05, 2000)
	fmt.Printf("w=%.2f b=%.2f loss<0.01:%v\n", w, b, loss < 0.01)

	var pts []Point
	centers := []Point{{0, 0}, {5, 5}, {0, 6}}
	for i := 0; i < 30; i++ {
		c := centers[i%3]
		pts = append(pts, Point{c.X + r.NormFloat64()*0.3, c.Y + r.NormFloat64()*0.3})
	}
	cents, assign := kmeans(pts, 3, 10)
	sort.Slice(cents, func(i, j int) bool { return cents[i].X+cents[i].Y*10 < cents[j].X+cents[j].Y*10 })
	for _, c := range cents {
		fmt.Printf("(%.0f, %.0f) ", math.Round(c.X), math.Round(c.Y))
	}
	fmt.Println()
	sizes := map[int]int{}
	for _, a := range assign {
		sizes[a]++
	}
	var sz []int
	for _, v := range sizes {
		sz = append(sz, v)
	}
	sort.Ints(sz)
	fmt.Println(sz)
	softmax := func(v []float64) []float64 {
		m := v[0]
		for _, x := range v {
			m = math.Max(m, x)
		}
		out := make([]float64, len(v))
		s := 0.0
		for i, x := range v {
			out[i] = math.Exp(x - m)
			s += out[i]
		}
		for i := range out {
			out[i] /= s
		}
		return out
	}
	fmt.Printf("%.4f\n", softmax([]float64{1, 2, 3}))
	fmt.Println(r.Intn(100), r.Perm(5))
}
