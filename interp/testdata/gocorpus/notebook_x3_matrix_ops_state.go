// Exercises: notebook style: a package-level matrix updated in place by helpers (identity, scale, add)
package main

import "fmt"

var M [][]float64

func identity(n int) {
	M = make([][]float64, n)
	for i := range M {
		M[i] = make([]float64, n)
		M[i][i] = 1
	}
}

func scale(k float64) {
	for i := range M {
		for j := range M[i] {
			M[i][j] *= k
		}
	}
}

func addOuter(u, v []float64) {
	for i := range u {
		for j := range v {
			M[i][j] += u[i] * v[j]
		}
	}
}

func main() {
	identity(3)
	scale(2)
	addOuter([]float64{1, 0, -1}, []float64{0.5, 0.5, 0})
	for _, row := range M {
		fmt.Println(row)
	}
}
