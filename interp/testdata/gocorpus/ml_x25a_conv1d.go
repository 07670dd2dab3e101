package main

import "fmt"

type Conv1D struct {
	K    []float64
	Bias float64
	x    []float64
}

func (c *Conv1D) Forward(x []float64) []float64 {
	c.x = x
	n := len(x) - len(c.K) + 1
	out := make([]float64, n)
	for i := range out {
		s := c.Bias
		for j, k := range c.K {
			s += k * x[i+j]
		}
		out[i] = s
	}
	return out
}

func (c *Conv1D) Backward(dout []float64) (dx, dk []float64, db float64) {
	dx = make([]float64, len(c.x))
	dk = make([]float64, len(c.K))
	for i, g := range dout {
		db += g
		for j := range c.K {
			dk[j] += g * c.x[i+j]
			dx[i+j] += g * c.K[j]
		}
	}
	return
}

func sumSq(v []float64) (s float64) {
	for _, x := range v {
		s += x * x
	}
	return s / 2
}

func main() {
	conv := &Conv1D{K: []float64{0.25, -0.5, 1}, Bias: 0.1}
	x := []float64{1, 3, -2, 0.5, 4, -1, 2}
	target := []float64{1, 0, -1, 0, 1}
	for step := 0; step < 6; step++ {
		y := conv.Forward(x)
		diff := make([]float64, len(y))
		for i := range y {
			diff[i] = y[i] - target[i]
		}
		loss := sumSq(diff)
		_, dk, db := conv.Backward(diff)
		for j := range conv.K {
			conv.K[j] -= 0.01 * dk[j]
		}
		conv.Bias -= 0.01 * db
		fmt.Printf("step %d loss %.5f K=%.4f b=%.4f\n", step, loss, conv.K, conv.Bias)
	}
	y := conv.Forward(x)
	dx, _, _ := conv.Backward([]float64{1, 1, 1, 1, 1})
	fmt.Printf("y=%.3f\ndx=%.3f\n", y, dx)
}
