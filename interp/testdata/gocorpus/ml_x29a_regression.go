package main

import (
	"fmt"
	"math"
	"math/rand/v2"
)

type Point struct{ X, Y float64 }

func mean(xs []float64) float64 {
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}

func linearFit(pts []Point) (slope, intercept, r2 float64) {
	xs := make([]float64, len(pts))
	ys := make([]float64, len(pts))
	for i, p := range pts {
		xs[i], ys[i] = p.X, p.Y
	}
	mx, my := mean(xs), mean(ys)
	var num, den float64
	for i := range pts {
		num += (xs[i] - mx) * (ys[i] - my)
		den += (xs[i] - mx) * (xs[i] - mx)
	}
	slope = num / den
	intercept = my - slope*mx
	var ssRes, ssTot float64
	for i := range pts {
		pred := slope*xs[i] + intercept
		ssRes += (ys[i] - pred) * (ys[i] - pred)
		ssTot += (ys[i] - my) * (ys[i] - my)
	}
	r2 = 1 - ssRes/ssTot
	return
}

func gradientDescent(pts []Point, lr float64, epochs int) (w, b float64) {
	n := float64(len(pts))
	for e := 0; e < epochs; e++ {
		var dw, db float64
		for _, p := range pts {
			err := w*p.X + b - p.Y
			dw += 2 * err * p.X / n
			db += 2 * err / n
		}
		w -= lr * dw
		b -= lr * db
	}
	return
}

func kmeans(pts []Point, k, iters int) ([]Point, []int) {
	centers := make([]Point, k)
	copy(centers, pts[:k])
	assign := make([]int, len(pts))
	for it := 0; it < iters; it++ {
		for i, p := range pts {
			best, bestD := 0, math.Inf(1)
			for c, ctr := range centers {
				d := math.Hypot(p.X-ctr.X, p.Y-ctr.Y)
				if d < bestD {
					best, bestD = c, d
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
		for c := range centers {
			if counts[c] > 0 {
				centers[c] = Point{sums[c].X / float64(counts[c]), sums[c].Y / float64(counts[c])}
			}
		}
	}
	return centers, assign
}

func main() {
	rng := rand.New(rand.NewPCG(1, 2))
	var data []Point
	for i := 0; i < 20; i++ {
		x := float64(i) / 2
		noise := rng.NormFloat64() * 0.5
		data = append(data, Point{x, 3*x + 2 + noise})
	}
	m, c, r2 := linearFit(data)
	fmt.Printf("least squares: y = %.3fx + %.3f (R^2=%.4f)\n", m, c, r2)
	w, b := gradientDescent(data, 0.01, 2000)
	fmt.Printf("gradient descent: y = %.3fx + %.3f\n", w, b)
	fmt.Printf("predict x=12: %.2f vs %.2f\n", m*12+c, w*12+b)

	var blobs []Point
	for _, ctr := range []Point{{0, 0}, {10, 10}, {0, 10}} {
		for j := 0; j < 5; j++ {
			blobs = append(blobs, Point{ctr.X + rng.Float64()*2 - 1, ctr.Y + rng.Float64()*2 - 1})
		}
	}
	rng.Shuffle(len(blobs), func(i, j int) { blobs[i], blobs[j] = blobs[j], blobs[i] })
	centers, assign := kmeans(blobs, 3, 10)
	for i, ctr := range centers {
		n := 0
		for _, a := range assign {
			if a == i {
				n++
			}
		}
		fmt.Printf("cluster %d: center=(%.2f, %.2f) size=%d\n", i, ctr.X, ctr.Y, n)
	}
	fmt.Println(rng.IntN(100), rng.Perm(5), math.Round(math.Sqrt(2)*1000)/1000)
}
