package main

import "fmt"

func conv1d(x, k []float64, stride int) []float64 {
	n := (len(x)-len(k))/stride + 1
	out := make([]float64, n)
	for i := range out {
		for j, kv := range k {
			out[i] += x[i*stride+j] * kv
		}
	}
	return out
}

func conv1dBackward(x, k, dout []float64, stride int) (dx, dk []float64) {
	dx = make([]float64, len(x))
	dk = make([]float64, len(k))
	for i, g := range dout {
		for j := range k {
			dx[i*stride+j] += k[j] * g
			dk[j] += x[i*stride+j] * g
		}
	}
	return dx, dk
}

func maxPool(x []float64, size int) ([]float64, []int) {
	var out []float64
	var idx []int
	for i := 0; i+size <= len(x); i += size {
		bi := i
		for j := i; j < i+size; j++ {
			if x[j] > x[bi] {
				bi = j
			}
		}
		out = append(out, x[bi])
		idx = append(idx, bi)
	}
	return out, idx
}

func main() {
	x := []float64{1, 3, -2, 0, 4, 1, -1, 2, 5, -3}
	k := []float64{0.5, -1, 0.25}
	for _, s := range []int{1, 2} {
		y := conv1d(x, k, s)
		fmt.Printf("stride %d: %v\n", s, y)
		dout := make([]float64, len(y))
		for i := range dout {
			dout[i] = 1
		}
		dx, dk := conv1dBackward(x, k, dout, s)
		fmt.Printf("  dx=%v\n  dk=%v\n", dx, dk)
	}
	y := conv1d(x, k, 1)
	p, idx := maxPool(y, 2)
	fmt.Println("pool:", p, idx)
	dy := make([]float64, len(y))
	for i, j := range idx {
		dy[j] += float64(i + 1)
	}
	fmt.Println("routed grad:", dy)
	dx, _ := conv1dBackward(x, k, dy, 1)
	fmt.Println("dx:", dx)
	var arr [3]float64
	copy(arr[:], k)
	arr2 := arr
	arr2[0] = 9
	fmt.Println(arr, arr2, arr == [3]float64{0.5, -1, 0.25})
}
