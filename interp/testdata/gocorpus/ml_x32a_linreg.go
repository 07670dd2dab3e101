package main

import (
	"fmt"
	"math"
	"math/rand/v2"
)

type Point struct{ X, Y float64 }

// fitClosedForm computes least-squares slope and intercept.
func fitClosedForm(pts []Point) (m, b float64) {
	var sx, sy, sxx, sxy float64
	n := float64(len(pts))
	for _, p := range pts {
		sx += p.X
		sy += p.Y
		sxx += p.X * p.X
		sxy += p.X * p.Y
	}
	m = (n*sxy - sx*sy) / (n*sxx - sx*sx)
	b = (sy - m*sx) / n
	return
}

// fitGradientDescent learns the same line by minimizing mean squared error.
func fitGradientDescent(pts []Point, lr float64, epochs int) (m, b float64, losses []float64) {
	n := float64(len(pts))
	for e := 0; e < epochs; e++ {
		var dm, db, loss float64
		for _, p := range pts {
			pred := m*p.X + b
			diff := pred - p.Y
			loss += diff * diff
			dm += 2 * diff * p.X
			db += 2 * diff
		}
		m -= lr * dm / n
		b -= lr * db / n
		if e%200 == 0 {
			losses = append(losses, loss/n)
		}
	}
	return
}

func r2(pts []Point, m, b float64) float64 {
	var mean float64
	for _, p := range pts {
		mean += p.Y
	}
	mean /= float64(len(pts))
	var ssRes, ssTot float64
	for _, p := range pts {
		ssRes += math.Pow(p.Y-(m*p.X+b), 2)
		ssTot += math.Pow(p.Y-mean, 2)
	}
	return 1 - ssRes/ssTot
}

func main() {
	rng := rand.New(rand.NewPCG(1, 2))
	var pts []Point
	for i := 0; i < 50; i++ {
		x := float64(i) / 10
		noise := rng.NormFloat64() * 0.3
		pts = append(pts, Point{x, 2.5*x + 1 + noise})
	}
	fmt.Printf("first points: %.3f\n", pts[:3])

	m1, b1 := fitClosedForm(pts)
	fmt.Printf("closed form:      y = %.4fx + %.4f  R^2=%.4f\n", m1, b1, r2(pts, m1, b1))

	m2, b2, losses := fitGradientDescent(pts, 0.02, 1000)
	fmt.Printf("gradient descent: y = %.4fx + %.4f  R^2=%.4f\n", m2, b2, r2(pts, m2, b2))
	for i, l := range losses {
		fmt.Printf("  epoch %4d loss %.5f\n", i*200, l)
	}
	fmt.Printf("difference: slope %.2e intercept %.2e\n", math.Abs(m1-m2), math.Abs(b1-b2))

	for _, x := range []float64{0, 2.5, 10} {
		fmt.Printf("predict(%g) = %.3f\n", x, m1*x+b1)
	}
	fmt.Println("perm:", rng.Perm(6), "int:", rng.IntN(100))
}
