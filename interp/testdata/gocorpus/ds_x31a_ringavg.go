package main

import (
	"container/ring"
	"fmt"
	"math"
)

// MovingAverage smooths a noisy loss curve with a fixed window.
type MovingAverage struct {
	r   *ring.Ring
	n   int
	sum float64
}

func NewMovingAverage(window int) *MovingAverage {
	return &MovingAverage{r: ring.New(window)}
}

func (m *MovingAverage) Add(x float64) float64 {
	if old, ok := m.r.Value.(float64); ok {
		m.sum -= old
	} else {
		m.n++
	}
	m.r.Value = x
	m.sum += x
	m.r = m.r.Next()
	return m.sum / float64(m.n)
}

func (m *MovingAverage) Values() []float64 {
	var out []float64
	m.r.Do(func(v any) {
		if f, ok := v.(float64); ok {
			out = append(out, f)
		}
	})
	return out
}

type EMA struct {
	beta, v float64
	t       int
}

func (e *EMA) Add(x float64) float64 {
	e.t++
	e.v = e.beta*e.v + (1-e.beta)*x
	return e.v / (1 - math.Pow(e.beta, float64(e.t)))
}

func main() {
	ma := NewMovingAverage(5)
	ema := &EMA{beta: 0.8}
	for it := 0; it < 16; it++ {
		loss := 2.3*math.Exp(-float64(it)/6) + 0.3*math.Sin(float64(it)*1.7)
		a := ma.Add(loss)
		b := ema.Add(loss)
		bar := ""
		for range int(a * 10) {
			bar += "#"
		}
		fmt.Printf("%2d raw %.3f ma %.3f ema %.3f %s\n", it, loss, a, b, bar)
	}
	fmt.Printf("window: %.3f\n", ma.Values())
	fmt.Println("ring len:", ma.r.Len())
	r := ring.New(3)
	for i := 1; i <= 3; i++ {
		r.Value = i
		r = r.Next()
	}
	r.Unlink(1)
	r.Do(func(v any) { fmt.Print(v, " ") })
	fmt.Println()
}
