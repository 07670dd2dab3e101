package main

import (
	"errors"
	"fmt"
	"math/big"
	"strings"
)

type Matrix [][]*big.Rat

var ErrSingular = errors.New("matrix is singular")

func parse(rows [][]int64) Matrix {
	m := make(Matrix, len(rows))
	for i, r := range rows {
		m[i] = make([]*big.Rat, len(r))
		for j, v := range r {
			m[i][j] = big.NewRat(v, 1)
		}
	}
	return m
}

func (m Matrix) String() string {
	var sb strings.Builder
	for _, r := range m {
		for j, v := range r {
			if j > 0 {
				sb.WriteString("\t")
			}
			sb.WriteString(v.RatString())
		}
		sb.WriteString("\n")
	}
	return sb.String()
}

// Solve runs Gauss-Jordan elimination on an augmented matrix.
func Solve(m Matrix) ([]*big.Rat, error) {
	n := len(m)
	for col := 0; col < n; col++ {
		pivot := -1
		for r := col; r < n; r++ {
			if m[r][col].Sign() != 0 {
				pivot = r
				break
			}
		}
		if pivot < 0 {
			return nil, fmt.Errorf("column %d: %w", col, ErrSingular)
		}
		m[col], m[pivot] = m[pivot], m[col]
		inv := new(big.Rat).Inv(m[col][col])
		for j := range m[col] {
			m[col][j].Mul(m[col][j], inv)
		}
		for r := 0; r < n; r++ {
			if r == col || m[r][col].Sign() == 0 {
				continue
			}
			f := new(big.Rat).Set(m[r][col])
			for j := range m[r] {
				t := new(big.Rat).Mul(f, m[col][j])
				m[r][j].Sub(m[r][j], t)
			}
		}
	}
	out := make([]*big.Rat, n)
	for i := range out {
		out[i] = m[i][n]
	}
	return out, nil
}

func main() {
	sys := parse([][]int64{
		{2, 1, -1, 8},
		{-3, -1, 2, -11},
		{-2, 1, 2, -3},
	})
	fmt.Print(sys)
	sol, err := Solve(sys)
	fmt.Println(sol, err)

	hilbert := make(Matrix, 4)
	for i := range hilbert {
		hilbert[i] = make([]*big.Rat, 5)
		for j := 0; j < 4; j++ {
			hilbert[i][j] = big.NewRat(1, int64(i+j+1))
		}
		hilbert[i][4] = big.NewRat(1, 1)
	}
	fmt.Print(hilbert)
	sol, err = Solve(hilbert)
	for i, v := range sol {
		f, exact := v.Float64()
		fmt.Printf("x%d = %s (%.3f exact=%v)\n", i, v.RatString(), f, exact)
	}
	fmt.Println(err)

	_, err = Solve(parse([][]int64{{1, 2, 3}, {2, 4, 6}}))
	fmt.Println("error:", err, errors.Is(err, ErrSingular))

	r, ok := new(big.Rat).SetString("3/12")
	fmt.Println(r, ok, r.Num(), r.Denom())
	r2, _ := new(big.Rat).SetString("0.125")
	fmt.Println(r2, new(big.Rat).Mul(r, r2).FloatString(6), r.Cmp(r2))
	fmt.Printf("%v %s\n", big.NewRat(-6, 4), new(big.Rat).Neg(big.NewRat(5, 1)).RatString())
}
