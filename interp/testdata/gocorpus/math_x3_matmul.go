// Exercises: dense matrix multiply on [][]float64, shape checks, printing rows with %6.2f
package main

import "fmt"

type Matrix [][]float64

func (a Matrix) Mul(b Matrix) (Matrix, error) {
	if len(a[0]) != len(b) {
		return nil, fmt.Errorf("shape mismatch: %dx%d * %dx%d", len(a), len(a[0]), len(b), len(b[0]))
	}
	out := make(Matrix, len(a))
	for i := range a {
		out[i] = make([]float64, len(b[0]))
		for j := range b[0] {
			for k := range b {
				out[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return out, nil
}

func main() {
	a := Matrix{{1, 2}, {3, 4}, {5, 6}}
	b := Matrix{{0.5, -1, 2}, {1, 0, 0.25}}
	c, err := a.Mul(b)
	fmt.Println(err)
	for _, row := range c {
		for _, v := range row {
			fmt.Printf("%6.2f", v)
		}
		fmt.Println()
	}
	_, err = a.Mul(a)
	fmt.Println(err)
}
