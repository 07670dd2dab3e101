package main

import (
	"fmt"
	"math"
	"math/rand"
	"strings"
)

type Vec []float64

func (a Vec) Dist(b Vec) float64 {
	s := 0.0
	for i := range a {
		d := a[i] - b[i]
		s += d * d
	}
	return math.Sqrt(s)
}

func mean(pts []Vec) Vec {
	m := make(Vec, len(pts[0]))
	for _, p := range pts {
		for i, v := range p {
			m[i] += v
		}
	}
	for i := range m {
		m[i] /= float64(len(pts))
	}
	return m
}

func kmeans(pts []Vec, k int, iters int) ([]Vec, []int) {
	cent := make([]Vec, k)
	for i := range cent {
		cent[i] = append(Vec(nil), pts[i*len(pts)/k]...)
	}
	assign := make([]int, len(pts))
	for it := 0; it < iters; it++ {
		changed := false
		for i, p := range pts {
			best, bd := 0, math.Inf(1)
			for c, ce := range cent {
				if d := p.Dist(ce); d < bd {
					best, bd = c, d
				}
			}
			if assign[i] != best {
				assign[i] = best
				changed = true
			}
		}
		groups := make([][]Vec, k)
		for i, a := range assign {
			groups[a] = append(groups[a], pts[i])
		}
		for c := range cent {
			if len(groups[c]) > 0 {
				cent[c] = mean(groups[c])
			}
		}
		if !changed && it > 0 {
			fmt.Println("converged after", it, "iterations")
			break
		}
	}
	return cent, assign
}

func main() {
	r := rand.New(rand.NewSource(7))
	centers := []Vec{{0, 0}, {5, 5}, {-4, 6}}
	var pts []Vec
	for i := 0; i < 30; i++ {
		c := centers[i%3]
		pts = append(pts, Vec{c[0] + r.NormFloat64()*0.5, c[1] + r.NormFloat64()*0.5})
	}
	cent, assign := kmeans(pts, 3, 20)
	for i, c := range cent {
		n := 0
		for _, a := range assign {
			if a == i {
				n++
			}
		}
		fmt.Printf("cluster %d: (%6.2f, %6.2f) n=%d\n", i, c[0], c[1], n)
	}
	var sb strings.Builder
	for _, a := range assign[:12] {
		sb.WriteByte(byte('A' + a))
	}
	fmt.Println(sb.String())
	sse := 0.0
	for i, p := range pts {
		d := p.Dist(cent[assign[i]])
		sse += d * d
	}
	fmt.Printf("sse=%.4f\n", sse)
	fmt.Println(r.Intn(100), r.Float64() < 1, math.Round(r.ExpFloat64()*1000)/1000)
}
