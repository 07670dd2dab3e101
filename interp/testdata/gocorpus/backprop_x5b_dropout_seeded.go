// Exercises: inverted dropout with a seeded math/rand source, the mask reused in backward, train vs test mode as a bool field
package main

import (
	"fmt"
	"math/rand"
)

type Dropout struct {
	P     float64
	Train bool
	rng   *rand.Rand
	mask  []float64
}

func (d *Dropout) Forward(x []float64) []float64 {
	out := make([]float64, len(x))
	if !d.Train {
		copy(out, x)
		return out
	}
	d.mask = make([]float64, len(x))
	for i := range x {
		if d.rng.Float64() < d.P {
			d.mask[i] = 1 / d.P
		}
		out[i] = x[i] * d.mask[i]
	}
	return out
}

func (d *Dropout) Backward(dout []float64) []float64 {
	dx := make([]float64, len(dout))
	for i := range dout {
		dx[i] = dout[i] * d.mask[i]
	}
	return dx
}

func main() {
	d := &Dropout{P: 0.5, Train: true, rng: rand.New(rand.NewSource(7))}
	x := []float64{1, 2, 3, 4, 5, 6, 7, 8}
	out := d.Forward(x)
	fmt.Println("train out:", out)
	fmt.Println("mask:     ", d.mask)
	fmt.Println("dx:       ", d.Backward([]float64{1, 1, 1, 1, 1, 1, 1, 1}))
	kept := 0
	for i := 0; i < 1000; i++ {
		if d.rng.Float64() < d.P {
			kept++
		}
	}
	fmt.Println("kept of 1000:", kept)
	d.Train = false
	fmt.Println("test out: ", d.Forward(x))
	fmt.Println(rand.New(rand.NewSource(1)).Intn(100), rand.New(rand.NewSource(1)).NormFloat64())
}
