package main

import (
	"fmt"
	"math"
	"math/rand/v2"
)

type Experiment func(r *rand.Rand) bool

func needle(length, spacing float64) Experiment {
	return func(r *rand.Rand) bool {
		center := r.Float64() * spacing / 2
		theta := r.Float64() * math.Pi / 2
		return center <= length/2*math.Sin(theta)
	}
}

func trial(r *rand.Rand, e Experiment, n int) (hits int) {
	for range n {
		if e(r) {
			hits++
		}
	}
	return
}

func main() {
	r := rand.New(rand.NewPCG(42, 7))
	l, t := 1.0, 2.0
	exp := needle(l, t)
	fmt.Printf("%8s %8s %10s %10s\n", "n", "hits", "pi est", "rel err")
	total, totalHits := 0, 0
	for _, n := range []int{10, 100, 1000, 10000, 100000} {
		h := trial(r, exp, n)
		total += n
		totalHits += h
		est := math.Inf(1)
		if h > 0 {
			est = 2 * l * float64(n) / (t * float64(h))
		}
		fmt.Printf("%8d %8d %10.5f %10.2e\n", n, h, est, math.Abs(est-math.Pi)/math.Pi)
	}
	fmt.Printf("pooled: %.5f over %d throws\n", 2*l*float64(total)/(t*float64(totalHits)), total)
	// dice: distribution of the sum of two
	var counts [13]int
	for range 3600 {
		counts[r.IntN(6)+1+r.IntN(6)+1]++
	}
	for s := 2; s <= 12; s++ {
		fmt.Printf("%2d %4d %s\n", s, counts[s], bar(counts[s]/10))
	}
	perm := r.Perm(8)
	fmt.Println("perm:", perm, "shuffled ok:", len(perm) == 8)
}

func bar(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = '='
	}
	return string(b)
}
