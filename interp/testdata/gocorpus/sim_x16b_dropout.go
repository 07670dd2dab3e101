package main

import (
	"fmt"
	"math/rand"
)

type Dropout struct {
	P    float64
	mask []float64
	rng  *rand.Rand
}

func (d *Dropout) Forward(x []float64, train bool) []float64 {
	out := make([]float64, len(x))
	if !train {
		copy(out, x)
		return out
	}
	d.mask = make([]float64, len(x))
	for i := range x {
		if d.rng.Float64() >= d.P {
			d.mask[i] = 1 / (1 - d.P)
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
	d := &Dropout{P: 0.4, rng: rand.New(rand.NewSource(2024))}
	x := make([]float64, 12)
	for i := range x {
		x[i] = float64(i + 1)
	}
	y := d.Forward(x, true)
	fmt.Printf("%.3g\n", y)
	fmt.Printf("%.3g\n", d.Backward([]float64{1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1}))
	fmt.Println(d.Forward(x, false)[:4])
	kept := 0
	total := 0.0
	trials := 2000
	for range trials {
		out := d.Forward([]float64{1, 1, 1, 1, 1}, true)
		for _, v := range out {
			total += v
			if v != 0 {
				kept++
			}
		}
	}
	fmt.Printf("kept fraction %.3f, mean activation %.3f\n", float64(kept)/float64(trials*5), total/float64(trials*5))
	perm := d.rng.Perm(8)
	fmt.Println("shuffled batch order:", perm)
	ints := []int{10, 20, 30, 40, 50}
	d.rng.Shuffle(len(ints), func(i, j int) { ints[i], ints[j] = ints[j], ints[i] })
	fmt.Println(ints, d.rng.Intn(100))
}
