package main

import (
	"fmt"
	"strings"
	"sync"
)

type Matrix [][]float64

func Identity(n int) Matrix {
	m := Zeros(n, n)
	for i := range n {
		m[i][i] = 1
	}
	return m
}

func Zeros(r, c int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func (a Matrix) Mul(b Matrix) (Matrix, error) {
	if len(a[0]) != len(b) {
		return nil, fmt.Errorf("shape mismatch: %dx%d * %dx%d", len(a), len(a[0]), len(b), len(b[0]))
	}
	out := Zeros(len(a), len(b[0]))
	var wg sync.WaitGroup
	for i := range a {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := range b[0] {
				var s float64
				for k := range b {
					s += a[i][k] * b[k][j]
				}
				out[i][j] = s
			}
		}(i)
	}
	wg.Wait()
	return out, nil
}

func (a Matrix) Pow(n int) Matrix {
	result := Identity(len(a))
	base := a
	for n > 0 {
		if n&1 == 1 {
			result, _ = result.Mul(base)
		}
		base, _ = base.Mul(base)
		n >>= 1
	}
	return result
}

func (a Matrix) String() string {
	var b strings.Builder
	for _, row := range a {
		for j, v := range row {
			if j > 0 {
				b.WriteByte(' ')
			}
			fmt.Fprintf(&b, "%8.2f", v)
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	b := Matrix{{7, 8}, {9, 10}, {11, 12}}
	c, err := a.Mul(b)
	fmt.Print(c, err, "\n")
	_, err = a.Mul(a)
	fmt.Println("error:", err)

	fib := Matrix{{1, 1}, {1, 0}}
	for _, n := range []int{1, 10, 30, 50} {
		fmt.Printf("fib(%d) = %.0f\n", n, fib.Pow(n)[0][1])
	}
	rot := Matrix{{0, -1}, {1, 0}}
	fmt.Print(rot.Pow(4))
	fmt.Printf("%v\n", Identity(2))
}
