package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
)

type Histogram struct {
	Lo, Hi float64
	Counts []int
	Under  int
	Over   int
}

func NewHistogram(lo, hi float64, bins int) *Histogram {
	return &Histogram{Lo: lo, Hi: hi, Counts: make([]int, bins)}
}

func (h *Histogram) Add(x float64) {
	switch {
	case x < h.Lo:
		h.Under++
	case x >= h.Hi:
		h.Over++
	default:
		i := int((x - h.Lo) / (h.Hi - h.Lo) * float64(len(h.Counts)))
		h.Counts[i]++
	}
}

func (h *Histogram) Print(width int) {
	maxC := slices.Max(h.Counts)
	bw := (h.Hi - h.Lo) / float64(len(h.Counts))
	for i, c := range h.Counts {
		lo := h.Lo + float64(i)*bw
		bar := strings.Repeat("*", c*width/maxC)
		fmt.Printf("[%5.1f,%5.1f) %4d %s\n", lo, lo+bw, c, bar)
	}
	fmt.Printf("under=%d over=%d\n", h.Under, h.Over)
}

func percentile(sorted []float64, p float64) float64 {
	idx := int(math.Round(p / 100 * float64(len(sorted)-1)))
	return sorted[idx]
}

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	samples := make([]float64, 2000)
	for i := range samples {
		samples[i] = r.NormFloat64()*1.5 + 5
	}
	h := NewHistogram(0, 10, 12)
	for _, s := range samples {
		h.Add(s)
	}
	h.Print(40)

	sorted := slices.Clone(samples)
	slices.Sort(sorted)
	for _, p := range []float64{5, 25, 50, 75, 95} {
		fmt.Printf("p%-2.0f = %.3f\n", p, percentile(sorted, p))
	}
	var sum, sq float64
	for _, s := range samples {
		sum += s
		sq += s * s
	}
	mean := sum / float64(len(samples))
	sd := math.Sqrt(sq/float64(len(samples)) - mean*mean)
	fmt.Printf("mean=%.3f sd=%.3f\n", mean, sd)
	within := 0
	for _, s := range samples {
		if math.Abs(s-mean) < sd {
			within++
		}
	}
	fmt.Printf("within 1 sd: %.1f%%\n", 100*float64(within)/float64(len(samples)))

	dice := map[int]int{}
	for range 600 {
		dice[r.IntN(6)+1]++
	}
	fmt.Println(dice)
}
