// Exercises: unrecovered panic with a fmt.Sprintf-formatted string message.
package main

import "fmt"

type Matrix struct {
	rows, cols int
}

func (m Matrix) Mul(o Matrix) Matrix {
	if m.cols != o.rows {
		panic(fmt.Sprintf("cannot multiply %dx%d by %dx%d", m.rows, m.cols, o.rows, o.cols))
	}
	return Matrix{m.rows, o.cols}
}

func main() {
	a := Matrix{2, 3}
	b := Matrix{3, 4}
	fmt.Println(a.Mul(b))
	fmt.Println(b.Mul(Matrix{4, 1}))
	fmt.Println(a.Mul(a))
}
