package main

import (
	"fmt"
	"math"
)

type Number interface {
	~float64 | ~float32 | ~int
}

func Det[T Number](m [][]T) float64 {
	n := len(m)
	a := make([][]float64, n)
	for i := range m {
		a[i] = make([]float64, n)
		for j := range m[i] {
			a[i][j] = float64(m[i][j])
		}
	}
	det := 1.0
	for k := 0; k < n; k++ {
		p := k
		for i := k + 1; i < n; i++ {
			if math.Abs(a[i][k]) > math.Abs(a[p][k]) {
				p = i
			}
		}
		if a[p][k] == 0 {
			return 0
		}
		if p != k {
			a[p], a[k] = a[k], a[p]
			det = -det
		}
		det *= a[k][k]
		for i := k + 1; i < n; i++ {
			f := a[i][k] / a[k][k]
			for j := k; j < n; j++ {
				a[i][j] -= f * a[k][j]
			}
		}
	}
	return det
}

func Inverse(m [][]float64) (inv [][]float64, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("inverse: %v", r)
		}
	}()
	n := len(m)
	a := make([][]float64, n)
	for i := range m {
		a[i] = make([]float64, 2*n)
		copy(a[i], m[i])
		a[i][n+i] = 1
	}
	for k := 0; k < n; k++ {
		if math.Abs(a[k][k]) < 1e-12 {
			panic(fmt.Sprintf("zero pivot at %d", k))
		}
		piv := a[k][k]
		for j := range a[k] {
			a[k][j] /= piv
		}
		for i := 0; i < n; i++ {
			if i != k {
				f := a[i][k]
				for j := range a[i] {
					a[i][j] -= f * a[k][j]
				}
			}
		}
	}
	inv = make([][]float64, n)
	for i := range a {
		inv[i] = a[i][n:]
	}
	return inv, nil
}

type Celsius float64

func main() {
	fmt.Println(Det([][]int{{1, 2}, {3, 4}}))
	fmt.Printf("%.3f\n", Det([][]float64{{2, 0, 1}, {1, 3, 2}, {1, 1, 1}}))
	fmt.Printf("%.3f\n", Det([][]Celsius{{0, 1}, {1, 0}}))
	inv, err := Inverse([][]float64{{4, 7}, {2, 6}})
	fmt.Println(err)
	for _, r := range inv {
		fmt.Printf("%8.4f\n", r)
	}
	_, err = Inverse([][]float64{{0, 1}, {1, 0}})
	fmt.Println("err:", err)
}
