package main

import (
	"fmt"
	"strings"
)

type Ring[T any] interface {
	Add(T) T
	Mul(T) T
	Zero() T
	One() T
}

type Real float64

func (a Real) Add(b Real) Real { return a + b }
func (a Real) Mul(b Real) Real { return a * b }
func (Real) Zero() Real        { return 0 }
func (Real) One() Real         { return 1 }

type Mod7 int

func (a Mod7) Add(b Mod7) Mod7 { return (a + b) % 7 }
func (a Mod7) Mul(b Mod7) Mod7 { return (a * b) % 7 }
func (Mod7) Zero() Mod7        { return 0 }
func (Mod7) One() Mod7         { return 1 }

type Matrix[T Ring[T]] struct {
	N    int
	Cell [][]T
}

func Eye[T Ring[T]](n int) Matrix[T] {
	var z T
	m := Matrix[T]{N: n, Cell: make([][]T, n)}
	for i := range m.Cell {
		m.Cell[i] = make([]T, n)
		for j := range m.Cell[i] {
			if i == j {
				m.Cell[i][j] = z.One()
			} else {
				m.Cell[i][j] = z.Zero()
			}
		}
	}
	return m
}

func (m Matrix[T]) Mul(o Matrix[T]) Matrix[T] {
	r := Eye[T](m.N)
	for i := 0; i < m.N; i++ {
		for j := 0; j < m.N; j++ {
			acc := r.Cell[i][j].Zero()
			for k := 0; k < m.N; k++ {
				acc = acc.Add(m.Cell[i][k].Mul(o.Cell[k][j]))
			}
			r.Cell[i][j] = acc
		}
	}
	return r
}

func (m Matrix[T]) Pow(e int) Matrix[T] {
	res, base := Eye[T](m.N), m
	for e > 0 {
		if e&1 == 1 {
			res = res.Mul(base)
		}
		base = base.Mul(base)
		e >>= 1
	}
	return res
}

func (m Matrix[T]) String() string {
	rows := make([]string, m.N)
	for i, r := range m.Cell {
		rows[i] = fmt.Sprint(r)
	}
	return strings.Join(rows, "\n")
}

func main() {
	fib := Matrix[Real]{2, [][]Real{{1, 1}, {1, 0}}}
	for _, n := range []int{1, 10, 30, 70} {
		fmt.Printf("F(%d) = %.0f\n", n, float64(fib.Pow(n).Cell[0][1]))
	}
	rot := Matrix[Real]{2, [][]Real{{0.6, -0.8}, {0.8, 0.6}}}
	fmt.Println(rot.Pow(4))
	m := Matrix[Mod7]{3, [][]Mod7{{1, 2, 0}, {0, 1, 3}, {4, 0, 1}}}
	fmt.Println(m.Pow(5))
	fmt.Printf("%v\n", Eye[Mod7](2))
}
