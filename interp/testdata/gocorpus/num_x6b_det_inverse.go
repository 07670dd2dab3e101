// Exercises: determinant and inverse by Gauss-Jordan with partial pivoting on an augmented copy
package main

import (
	"fmt"
	"math"
)

// gaussJordan reduces [a | I] in place and returns det(a) and a^-1.
func gaussJordan(a [][]float64) (float64, [][]float64) {
	n := len(a)
	aug := make([][]float64, n)
	for i := range a {
		aug[i] = append([]float64(nil), a[i]...)
		for j := 0; j < n; j++ {
			aug[i] = append(aug[i], map[bool]float64{true: 1}[i == j])
		}
	}
	det := 1.0
	for c := 0; c < n; c++ {
		p := c
		for r := c + 1; r < n; r++ {
			if math.Abs(aug[r][c]) > math.Abs(aug[p][c]) {
				p = r
			}
		}
		if aug[p][c] == 0 {
			return 0, nil
		}
		if p != c {
			aug[p], aug[c] = aug[c], aug[p]
			det = -det
		}
		pv := aug[c][c]
		det *= pv
		for k := range aug[c] {
			aug[c][k] /= pv
		}
		for r := 0; r < n; r++ {
			if f := aug[r][c]; r != c {
				for k := range aug[r] {
					aug[r][k] -= f * aug[c][k]
				}
			}
		}
	}
	inv := make([][]float64, n)
	for i := range aug {
		inv[i] = aug[i][n:]
	}
	return det, inv
}

func main() {
	a := [][]float64{{0, 2, 1}, {1, 1, 0}, {3, 0, 4}}
	d, inv := gaussJordan(a)
	fmt.Printf("det = %.4f\n", d)
	for _, row := range inv {
		fmt.Printf("%8.4f\n", row)
	}
	fmt.Println(a[0], len(inv[0]), cap(inv[0]) >= 3)
	d, inv = gaussJordan([][]float64{{1, 2}, {2, 4}})
	fmt.Println(d, inv == nil)
}
