// Exercises: value receiver modifications do not affect the caller; pointer receiver modifications do.
package main

import "fmt"

type Matrix [2][2]int

func (m Matrix) Transposed() Matrix {
	m[0][1], m[1][0] = m[1][0], m[0][1]
	return m
}

func (m *Matrix) Transpose() {
	m[0][1], m[1][0] = m[1][0], m[0][1]
}

func (m Matrix) TryClear() { m = Matrix{} }

func main() {
	m := Matrix{{1, 2}, {3, 4}}
	t := m.Transposed()
	fmt.Println(m, t)
	m.TryClear()
	fmt.Println(m)
	m.Transpose()
	fmt.Println(m, m == t)
}
