package main

import (
	"fmt"
	"strings"
)

type Matrix [][]float64

func zeros(r, c int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func (m Matrix) String() string {
	var b strings.Builder
	for _, row := range m {
		b.WriteString(fmt.Sprintf("%6.2f\n", row))
	}
	return b.String()
}

type Param struct {
	Value, Grad Matrix
}

type Dense struct {
	W, B  Param
	input Matrix
}

func NewDense(in, out int) *Dense {
	d := &Dense{W: Param{zeros(in, out), zeros(in, out)}, B: Param{zeros(1, out), zeros(1, out)}}
	for i := range d.W.Value {
		for j := range d.W.Value[i] {
			d.W.Value[i][j] = float64(i+1) * 0.1 * float64(j-1)
		}
	}
	return d
}

func (d *Dense) Forward(x Matrix) Matrix {
	d.input = x
	out := zeros(len(x), len(d.W.Value[0]))
	for i := range x {
		for j := range out[i] {
			s := d.B.Value[0][j]
			for k := range x[i] {
				s += x[i][k] * d.W.Value[k][j]
			}
			out[i][j] = s
		}
	}
	return out
}

func (d *Dense) Backward(g Matrix) Matrix {
	dx := zeros(len(d.input), len(d.input[0]))
	for i := range g {
		for j := range g[i] {
			d.B.Grad[0][j] += g[i][j]
			for k := range d.input[i] {
				d.W.Grad[k][j] += d.input[i][k] * g[i][j]
				dx[i][k] += g[i][j] * d.W.Value[k][j]
			}
		}
	}
	return dx
}

func (d *Dense) Params() map[string]*Param {
	return map[string]*Param{"W": &d.W, "b": &d.B}
}

func main() {
	d := NewDense(3, 2)
	x := Matrix{{1, 2, 3}, {0, -1, 0.5}}
	y := d.Forward(x)
	fmt.Print("y =\n", y)
	dx := d.Backward(Matrix{{1, 0}, {0, 1}})
	fmt.Print("dx =\n", dx)
	for name, p := range d.Params() {
		_ = name
		_ = p
	}
	fmt.Printf("W.grad =\n%v", d.W.Grad)
	fmt.Printf("b.grad = %v\n", d.B.Grad[0])
	fmt.Println(len(d.Params()))
}
