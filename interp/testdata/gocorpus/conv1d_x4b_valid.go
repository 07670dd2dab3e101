// Exercises: 1-D valid convolution with stride, backward to input and kernel, arrays of fixed size as kernels
package main

import "fmt"

func conv1d(x []float64, k [3]float64, stride int) []float64 {
	var out []float64
	for i := 0; i+len(k) <= len(x); i += stride {
		s := 0.0
		for j, kv := range k {
			s += x[i+j] * kv
		}
		out = append(out, s)
	}
	return out
}

func conv1dBackward(x []float64, k [3]float64, stride int, dout []float64) (dx []float64, dk [3]float64) {
	dx = make([]float64, len(x))
	for o, d := range dout {
		i := o * stride
		for j := range k {
			dx[i+j] += k[j] * d
			dk[j] += x[i+j] * d
		}
	}
	return dx, dk
}

func main() {
	x := []float64{1, 2, -1, 0, 3, 1, 2}
	edge := [3]float64{-1, 0, 1}
	for _, s := range []int{1, 2} {
		y := conv1d(x, edge, s)
		dx, dk := conv1dBackward(x, edge, s, y)
		fmt.Printf("stride %d y=%v\n  dx=%v dk=%v\n", s, y, dx, dk)
	}
	k2 := edge
	k2[1] = 5
	fmt.Println(edge, k2, edge == [3]float64{-1, 0, 1})
}
