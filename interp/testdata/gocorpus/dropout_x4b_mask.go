// Exercises: inverted dropout with a seeded mask, train vs eval mode flag, expected-value check, bool slices
package main

import (
	"fmt"
	"math/rand"
)

type Dropout struct {
	P     float64
	Train bool
	mask  []bool
	rng   *rand.Rand
}

func (d *Dropout) Forward(x []float64) []float64 {
	out := make([]float64, len(x))
	if !d.Train {
		copy(out, x)
		return out
	}
	d.mask = make([]bool, len(x))
	for i := range x {
		if d.rng.Float64() >= d.P {
			d.mask[i] = true
			out[i] = x[i] / (1 - d.P)
		}
	}
	return out
}

func (d *Dropout) Backward(dout []float64) []float64 {
	dx := make([]float64, len(dout))
	for i, keep := range d.mask {
		if keep {
			dx[i] = dout[i] / (1 - d.P)
		}
	}
	return dx
}

func main() {
	d := &Dropout{P: 0.5, Train: true, rng: rand.New(rand.NewSource(3))}
	x := []float64{1, 2, 3, 4, 5, 6, 7, 8}
	fmt.Println(d.Forward(x))
	fmt.Println(d.mask)
	fmt.Println(d.Backward([]float64{1, 1, 1, 1, 1, 1, 1, 1}))
	big := make([]float64, 10000)
	for i := range big {
		big[i] = 1
	}
	sum := 0.0
	for _, v := range d.Forward(big) {
		sum += v
	}
	fmt.Printf("mean after dropout %.3f\n", sum/float64(len(big)))
	d.Train = false
	fmt.Println(d.Forward(x[:3]))
}
