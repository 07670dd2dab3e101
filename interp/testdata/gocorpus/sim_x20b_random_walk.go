package main

import (
	"fmt"
	"math"
	"math/rand/v2"
)

type Stats struct{ mean, variance float64 }

func walk(r *rand.Rand, steps int) int {
	pos := 0
	for i := 0; i < steps; i++ {
		if r.IntN(2) == 0 {
			pos--
		} else {
			pos++
		}
	}
	return pos
}

func summarize(xs []float64) Stats {
	m := 0.0
	for _, x := range xs {
		m += x
	}
	m /= float64(len(xs))
	v := 0.0
	for _, x := range xs {
		v += (x - m) * (x - m)
	}
	return Stats{m, v / float64(len(xs))}
}

func monteCarloPi(r *rand.Rand, n int) float64 {
	in := 0
	for i := 0; i < n; i++ {
		x, y := r.Float64(), r.Float64()
		if x*x+y*y <= 1 {
			in++
		}
	}
	return 4 * float64(in) / float64(n)
}

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	var finals []float64
	for i := 0; i < 500; i++ {
		finals = append(finals, float64(walk(r, 100)))
	}
	s := summarize(finals)
	fmt.Printf("mean=%.4f var=%.4f (expected var 100)\n", s.mean, s.variance)
	pi := monteCarloPi(r, 20000)
	fmt.Printf("pi~%.4f err=%.4f\n", pi, math.Abs(pi-math.Pi))
	hist := make([]int, 5)
	for i := 0; i < 1000; i++ {
		v := r.NormFloat64()
		b := int(math.Floor(v + 2.5))
		if b >= 0 && b < len(hist) {
			hist[b]++
		}
	}
	fmt.Println(hist)
	perm := r.Perm(8)
	fmt.Println(perm)
	xs := []string{"a", "b", "c", "d", "e"}
	r.Shuffle(len(xs), func(i, j int) { xs[i], xs[j] = xs[j], xs[i] })
	fmt.Println(xs, r.Int64N(1000), r.Uint32()%100)
}
