package main

import (
	"errors"
	"fmt"
)

type Conv1D struct {
	Kernel  []float64
	Bias    float64
	Stride  int
	Padding int
}

var ErrTooShort = errors.New("input shorter than kernel")

func (c Conv1D) OutLen(n int) int { return (n+2*c.Padding-len(c.Kernel))/c.Stride + 1 }

func (c Conv1D) Forward(x []float64) ([]float64, error) {
	padded := make([]float64, len(x)+2*c.Padding)
	copy(padded[c.Padding:], x)
	if len(padded) < len(c.Kernel) {
		return nil, fmt.Errorf("conv1d len %d kernel %d: %w", len(padded), len(c.Kernel), ErrTooShort)
	}
	out := make([]float64, 0, c.OutLen(len(x)))
	for i := 0; i+len(c.Kernel) <= len(padded); i += c.Stride {
		s := c.Bias
		for k, w := range c.Kernel {
			s += w * padded[i+k]
		}
		out = append(out, s)
	}
	return out, nil
}

// gradient of sum(out * g) wrt kernel
func (c Conv1D) KernelGrad(x, g []float64) []float64 {
	padded := make([]float64, len(x)+2*c.Padding)
	copy(padded[c.Padding:], x)
	grad := make([]float64, len(c.Kernel))
	for o := range g {
		for k := range c.Kernel {
			grad[k] += g[o] * padded[o*c.Stride+k]
		}
	}
	return grad
}

func maxPool(x []float64, size int) []float64 {
	var out []float64
	for i := 0; i < len(x); i += size {
		m := x[i]
		for _, v := range x[i:min(i+size, len(x))] {
			m = max(m, v)
		}
		out = append(out, m)
	}
	return out
}

func main() {
	signal := []float64{0, 1, 2, 3, 2, 1, 0, -1, -2, -1, 0}
	edge := Conv1D{Kernel: []float64{-1, 0, 1}, Stride: 1}
	smooth := Conv1D{Kernel: []float64{0.25, 0.5, 0.25}, Stride: 1, Padding: 1}
	strided := Conv1D{Kernel: []float64{1, 1}, Bias: -0.5, Stride: 2}
	for _, c := range []Conv1D{edge, smooth, strided} {
		y, err := c.Forward(signal)
		fmt.Printf("out=%d %v %v\n", c.OutLen(len(signal)), y, err)
	}
	y, _ := smooth.Forward(signal)
	fmt.Println(maxPool(y, 3))
	target := []float64{1, 2, 1, 0, -1, -2, -1, 0, 1}
	c := Conv1D{Kernel: []float64{0, 0, 0}, Stride: 1}
	for step := 0; step < 300; step++ {
		out, _ := c.Forward(signal)
		g := make([]float64, len(out))
		loss := 0.0
		for i := range out {
			d := out[i] - target[i]
			loss += d * d
			g[i] = 2 * d / float64(len(out))
		}
		kg := c.KernelGrad(signal, g)
		for k := range c.Kernel {
			c.Kernel[k] -= 0.05 * kg[k]
		}
		if step%100 == 0 {
			fmt.Printf("step %d loss=%.4f\n", step, loss/float64(len(out)))
		}
	}
	fmt.Printf("learned kernel=%.4f\n", c.Kernel)
	_, err := Conv1D{Kernel: make([]float64, 5), Stride: 1}.Forward([]float64{1, 2})
	fmt.Println(err, errors.Is(err, ErrTooShort))
}
