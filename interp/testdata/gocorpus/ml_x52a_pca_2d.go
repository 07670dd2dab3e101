package main

import (
	"fmt"
	"math"
	"math/rand"
)

type Sample struct {
	X, Y float64
}

func covariance(s []Sample) [2][2]float64 {
	var mx, my float64
	for _, p := range s {
		mx += p.X
		my += p.Y
	}
	n := float64(len(s))
	mx, my = mx/n, my/n
	var c [2][2]float64
	for _, p := range s {
		dx, dy := p.X-mx, p.Y-my
		c[0][0] += dx * dx
		c[0][1] += dx * dy
		c[1][1] += dy * dy
	}
	c[0][0] /= n - 1
	c[0][1] /= n - 1
	c[1][1] /= n - 1
	c[1][0] = c[0][1]
	return c
}

func eigSym2(c [2][2]float64) (l1, l2 float64, v1 [2]float64) {
	tr := c[0][0] + c[1][1]
	det := c[0][0]*c[1][1] - c[0][1]*c[1][0]
	disc := math.Sqrt(tr*tr/4 - det)
	l1, l2 = tr/2+disc, tr/2-disc
	if c[0][1] != 0 {
		v1 = [2]float64{l1 - c[1][1], c[0][1]}
	} else {
		v1 = [2]float64{1, 0}
	}
	n := math.Hypot(v1[0], v1[1])
	v1[0] /= n
	v1[1] /= n
	if v1[0] < 0 {
		v1[0], v1[1] = -v1[0], -v1[1]
	}
	return
}

func main() {
	rng := rand.New(rand.NewSource(42))
	data := make([]Sample, 200)
	for i := range data {
		t := rng.NormFloat64() * 3
		e := rng.NormFloat64() * 0.5
		data[i] = Sample{t + 1, 0.5*t + e - 2}
	}
	fmt.Printf("first: %+v\n", Sample{math.Round(data[0].X*1000) / 1000, math.Round(data[0].Y*1000) / 1000})
	c := covariance(data)
	fmt.Println("covariance:")
	for _, row := range c {
		fmt.Printf("  %9.4f %9.4f\n", row[0], row[1])
	}
	l1, l2, v := eigSym2(c)
	fmt.Printf("eigenvalues: %.4f %.4f\n", l1, l2)
	fmt.Printf("principal axis: (%.4f, %.4f) slope %.3f\n", v[0], v[1], v[1]/v[0])
	fmt.Printf("explained variance: %.2f%%\n", 100*l1/(l1+l2))
}
