package main

import (
	"fmt"
	"strings"
	"sync"
)

type Matrix [][]float64

func NewMatrix(r, c int, f func(i, j int) float64) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]float64, c)
		for j := range m[i] {
			m[i][j] = f(i, j)
		}
	}
	return m
}

func (a Matrix) Mul(b Matrix, workers int) Matrix {
	out := NewMatrix(len(a), len(b[0]), func(int, int) float64 { return 0 })
	rows := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range rows {
				for j := range b[0] {
					var s float64
					for k := range b {
						s += a[i][k] * b[k][j]
					}
					out[i][j] = s
				}
			}
		}()
	}
	for i := range a {
		rows <- i
	}
	close(rows)
	wg.Wait()
	return out
}

func (m Matrix) String() string {
	var sb strings.Builder
	for _, row := range m {
		for j, v := range row {
			if j > 0 {
				sb.WriteString(" ")
			}
			fmt.Fprintf(&sb, "%7.2f", v)
		}
		sb.WriteString("\n")
	}
	return sb.String()
}

func main() {
	a := NewMatrix(4, 3, func(i, j int) float64 { return float64(i + j) })
	b := NewMatrix(3, 5, func(i, j int) float64 { return float64(i*j) - 1.5 })
	c := a.Mul(b, 3)
	fmt.Print(c)
	id := NewMatrix(3, 3, func(i, j int) float64 {
		if i == j {
			return 1
		}
		return 0
	})
	fmt.Println(b.String() == id.Mul(b, 2).String())
	fmt.Printf("%v\n", [][]float64(id))
}
