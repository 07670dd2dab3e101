package main

import (
	"fmt"
	"math"
)

type Conv1D struct {
	K      []float64
	Bias   float64
	Stride int
	x      []float64
}

func (c *Conv1D) OutLen(n int) int { return (n-len(c.K))/c.Stride + 1 }

func (c *Conv1D) Forward(x []float64) []float64 {
	c.x = x
	out := make([]float64, c.OutLen(len(x)))
	for o := range out {
		s := c.Bias
		for k, w := range c.K {
			s += w * x[o*c.Stride+k]
		}
		out[o] = s
	}
	return out
}

func (c *Conv1D) Backward(dout []float64) (dx, dk []float64, db float64) {
	dx = make([]float64, len(c.x))
	dk = make([]float64, len(c.K))
	for o, g := range dout {
		db += g
		for k, w := range c.K {
			dk[k] += g * c.x[o*c.Stride+k]
			dx[o*c.Stride+k] += g * w
		}
	}
	return
}

func maxPool(x []float64, size int) ([]float64, []int) {
	out := make([]float64, 0, len(x)/size)
	arg := make([]int, 0, len(x)/size)
	for i := 0; i+size <= len(x); i += size {
		bi := i
		for j := i; j < i+size; j++ {
			if x[j] > x[bi] {
				bi = j
			}
		}
		out = append(out, x[bi])
		arg = append(arg, bi)
	}
	return out, arg
}

func main() {
	x := []float64{1, 3, -2, 0.5, 4, -1, 2, 0, 1.5}
	for _, stride := range []int{1, 2} {
		c := &Conv1D{K: []float64{0.5, -1, 0.25}, Bias: 0.1, Stride: stride}
		y := c.Forward(x)
		dout := make([]float64, len(y))
		for i := range dout {
			dout[i] = float64(i+1) * 0.1
		}
		dx, dk, db := c.Backward(dout)
		fmt.Printf("stride %d: y=%.3f\n", stride, y)
		fmt.Printf("  dx=%.3f\n  dk=%.3f db=%.2f\n", dx, dk, db)
		// numeric check for dk[1]
		loss := func() float64 {
			s := 0.0
			for i, v := range c.Forward(x) {
				s += v * dout[i]
			}
			return s
		}
		h := 1e-6
		c.K[1] += h
		lp := loss()
		c.K[1] -= 2 * h
		lm := loss()
		c.K[1] += h
		fmt.Printf("  dk[1] numeric agrees: %v\n", math.Abs((lp-lm)/(2*h)-dk[1]) < 1e-6)
	}
	pooled, arg := maxPool(x, 3)
	fmt.Println("pool:", pooled, "argmax:", arg)
	dpool := make([]float64, len(x))
	for i, a := range arg {
		dpool[a] += []float64{1, -1, 0.5}[i]
	}
	fmt.Println("pool grad:", dpool)
}
