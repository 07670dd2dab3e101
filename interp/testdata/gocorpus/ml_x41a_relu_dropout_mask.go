package main

import (
	"fmt"
	"math/rand"
	"strings"
)

type Dropout struct {
	P    float64
	mask []bool
	rng  *rand.Rand
}

func (d *Dropout) Forward(x []float64, train bool) []float64 {
	out := make([]float64, len(x))
	if !train {
		copy(out, x)
		return out
	}
	d.mask = make([]bool, len(x))
	for i, v := range x {
		if d.rng.Float64() >= d.P {
			d.mask[i] = true
			out[i] = v / (1 - d.P)
		}
	}
	return out
}

func (d *Dropout) Backward(dout []float64) []float64 {
	dx := make([]float64, len(dout))
	for i, g := range dout {
		if d.mask[i] {
			dx[i] = g / (1 - d.P)
		}
	}
	return dx
}

func reluFwd(x []float64) ([]float64, []bool) {
	out := make([]float64, len(x))
	pos := make([]bool, len(x))
	for i, v := range x {
		if v > 0 {
			out[i], pos[i] = v, true
		}
	}
	return out, pos
}

func maskString(m []bool) string {
	var sb strings.Builder
	for _, b := range m {
		if b {
			sb.WriteByte('1')
		} else {
			sb.WriteByte('.')
		}
	}
	return sb.String()
}

func main() {
	rng := rand.New(rand.NewSource(42))
	x := make([]float64, 12)
	for i := range x {
		x[i] = float64(i%5) - 2
	}
	h, pos := reluFwd(x)
	fmt.Println("x:     ", x)
	fmt.Println("relu:  ", h)
	fmt.Println("active:", maskString(pos))
	d := &Dropout{P: 0.5, rng: rng}
	out := d.Forward(h, true)
	fmt.Println("drop:  ", maskString(d.mask))
	fmt.Println("out:   ", out)
	ones := make([]float64, len(out))
	for i := range ones {
		ones[i] = 1
	}
	dh := d.Backward(ones)
	dx := make([]float64, len(dh))
	for i := range dh {
		if pos[i] {
			dx[i] = dh[i]
		}
	}
	fmt.Println("dx:    ", dx)
	fmt.Println("eval:  ", d.Forward(h, false))
	kept := 0
	for trial := 0; trial < 1000; trial++ {
		d.Forward(ones, true)
		for _, m := range d.mask {
			if m {
				kept++
			}
		}
	}
	fmt.Printf("keep rate over 1000 trials: %.3f\n", float64(kept)/12000)
}
