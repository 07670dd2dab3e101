package main

import (
	"container/ring"
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
)

type MovingAverage struct {
	r     *ring.Ring
	n     int
	count int
}

func NewMovingAverage(n int) *MovingAverage {
	return &MovingAverage{r: ring.New(n), n: n}
}

func (m *MovingAverage) Add(x float64) float64 {
	m.r.Value = x
	m.r = m.r.Next()
	if m.count < m.n {
		m.count++
	}
	sum := 0.0
	m.r.Do(func(v any) {
		if v != nil {
			sum += v.(float64)
		}
	})
	return sum / float64(m.count)
}

func main() {
	rng := rand.New(rand.NewPCG(1, 2))
	ma := NewMovingAverage(8)
	fmt.Printf("%4s %8s %8s %8s  %s\n", "t", "signal", "noisy", "smooth", "plot")
	errRaw, errSmooth := 0.0, 0.0
	for t := 0; t < 40; t++ {
		clean := math.Sin(float64(t) * 2 * math.Pi / 40)
		noisy := clean + rng.NormFloat64()*0.3
		s := ma.Add(noisy)
		if t >= 8 {
			errRaw += (noisy - clean) * (noisy - clean)
			errSmooth += (s - clean) * (s - clean)
		}
		line := []byte(strings.Repeat(" ", 31))
		line[15] = '|'
		line[int(math.Round(noisy*7))+15] = '.'
		line[int(math.Round(s*7))+15] = 'S'
		fmt.Printf("%4d %8.3f %8.3f %8.3f  %s\n", t, clean, noisy, s, line)
	}
	fmt.Printf("rms raw %.3f, rms smooth %.3f (ring len %d)\n", math.Sqrt(errRaw/32), math.Sqrt(errSmooth/32), ma.r.Len())
}
