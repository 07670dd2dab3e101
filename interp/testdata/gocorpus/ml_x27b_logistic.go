package main

import (
	"fmt"
	"math"
	"math/rand"
)

func sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-z)) }

type Point struct {
	X1, X2 float64
	Label  int
}

func main() {
	r := rand.New(rand.NewSource(42))
	var pts []Point
	for i := 0; i < 100; i++ {
		lab := i % 2
		cx := -1.0
		if lab == 1 {
			cx = 1.0
		}
		pts = append(pts, Point{cx + r.NormFloat64()*0.8, cx + r.NormFloat64()*0.8, lab})
	}
	w := [3]float64{}
	lr := 0.5
	logloss := func() float64 {
		var s float64
		for _, p := range pts {
			q := sigmoid(w[0] + w[1]*p.X1 + w[2]*p.X2)
			q = math.Min(math.Max(q, 1e-12), 1-1e-12)
			if p.Label == 1 {
				s -= math.Log(q)
			} else {
				s -= math.Log(1 - q)
			}
		}
		return s / float64(len(pts))
	}
	for it := 0; it <= 300; it++ {
		var g [3]float64
		for _, p := range pts {
			e := sigmoid(w[0]+w[1]*p.X1+w[2]*p.X2) - float64(p.Label)
			g[0] += e
			g[1] += e * p.X1
			g[2] += e * p.X2
		}
		for k := range w {
			w[k] -= lr * g[k] / float64(len(pts))
		}
		if it%60 == 0 {
			fmt.Printf("iter %3d loss=%.5f w=%.4f\n", it, logloss(), w)
		}
	}
	conf := map[string]int{}
	for _, p := range pts {
		pred := 0
		if sigmoid(w[0]+w[1]*p.X1+w[2]*p.X2) >= 0.5 {
			pred = 1
		}
		conf[fmt.Sprintf("t%d/p%d", p.Label, pred)]++
	}
	fmt.Println(conf)
	acc := float64(conf["t0/p0"]+conf["t1/p1"]) / float64(len(pts))
	fmt.Printf("accuracy %.2f%%\n", acc*100)
}
