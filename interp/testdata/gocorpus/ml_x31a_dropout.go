package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

type Mode int

const (
	Train Mode = iota
	Test
)

func (m Mode) String() string {
	switch m {
	case Train:
		return "train"
	case Test:
		return "test"
	}
	return fmt.Sprintf("Mode(%d)", int(m))
}

type Layer interface {
	Forward(x []float64, mode Mode) []float64
	Backward(dout []float64) []float64
}

type named struct{ name string }

func (n named) Name() string { return n.name }

type Dropout struct {
	named
	P    float64
	rng  *rand.Rand
	mask []float64
}

func (d *Dropout) Forward(x []float64, mode Mode) []float64 {
	out := make([]float64, len(x))
	if mode == Test {
		copy(out, x)
		d.mask = nil
		return out
	}
	d.mask = make([]float64, len(x))
	for i := range x {
		if d.rng.Float64() < d.P {
			d.mask[i] = 1 / d.P // inverted dropout
		}
		out[i] = x[i] * d.mask[i]
	}
	return out
}

func (d *Dropout) Backward(dout []float64) []float64 {
	dx := make([]float64, len(dout))
	for i := range dout {
		if d.mask == nil {
			dx[i] = dout[i]
		} else {
			dx[i] = dout[i] * d.mask[i]
		}
	}
	return dx
}

func mean(xs []float64) float64 {
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}

func main() {
	rng := rand.New(rand.NewPCG(231, 0))
	x := make([]float64, 500)
	for i := range x {
		x[i] = rng.NormFloat64() + 10
	}
	for _, p := range []float64{0.25, 0.4, 0.7} {
		d := &Dropout{named: named{"drop" + strings.TrimPrefix(fmt.Sprint(p), "0.")}, P: p, rng: rand.New(rand.NewPCG(1, uint64(p*100)))}
		var l Layer = d
		tr := l.Forward(x, Train)
		te := l.Forward(x, Test)
		zeros := 0
		for _, v := range tr {
			if v == 0 {
				zeros++
			}
		}
		fmt.Printf("%s p=%.2f mode=%v/%v mean in %.3f train %.3f test %.3f zeroed %.3f\n",
			d.Name(), p, Train, Test, mean(x), mean(tr), mean(te), float64(zeros)/float64(len(tr)))
	}
	d := &Dropout{named: named{"small"}, P: 0.5, rng: rand.New(rand.NewPCG(5, 5))}
	out := d.Forward([]float64{1, 2, 3, 4, 5, 6}, Train)
	fmt.Println(out, d.Backward([]float64{1, 1, 1, 1, 1, 1}))
	fmt.Printf("%v %d %s\n", Mode(7), Test, Train)
}
