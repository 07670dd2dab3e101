package main

import (
	"errors"
	"fmt"
	"math/big"
	"strings"
)

type RatMatrix [][]*big.Rat

var ErrSingular = errors.New("matrix is singular")

func NewRatMatrix(rows [][]int64) RatMatrix {
	m := make(RatMatrix, len(rows))
	for i, r := range rows {
		m[i] = make([]*big.Rat, len(r))
		for j, v := range r {
			m[i][j] = big.NewRat(v, 1)
		}
	}
	return m
}

func (m RatMatrix) Inverse() (RatMatrix, error) {
	n := len(m)
	a := make(RatMatrix, n)
	for i := range a {
		a[i] = make([]*big.Rat, 2*n)
		for j := 0; j < 2*n; j++ {
			switch {
			case j < n:
				a[i][j] = new(big.Rat).Set(m[i][j])
			case j-n == i:
				a[i][j] = big.NewRat(1, 1)
			default:
				a[i][j] = new(big.Rat)
			}
		}
	}
	for col := 0; col < n; col++ {
		piv := -1
		for r := col; r < n; r++ {
			if a[r][col].Sign() != 0 {
				piv = r
				break
			}
		}
		if piv < 0 {
			return nil, fmt.Errorf("column %d: %w", col, ErrSingular)
		}
		a[col], a[piv] = a[piv], a[col]
		inv := new(big.Rat).Inv(a[col][col])
		for j := range a[col] {
			a[col][j].Mul(a[col][j], inv)
		}
		for r := 0; r < n; r++ {
			if r == col || a[r][col].Sign() == 0 {
				continue
			}
			f := new(big.Rat).Set(a[r][col])
			for j := range a[r] {
				a[r][j].Sub(a[r][j], new(big.Rat).Mul(f, a[col][j]))
			}
		}
	}
	out := make(RatMatrix, n)
	for i := range out {
		out[i] = a[i][n:]
	}
	return out, nil
}

func (m RatMatrix) String() string {
	var sb strings.Builder
	for _, r := range m {
		for j, v := range r {
			if j > 0 {
				sb.WriteString("  ")
			}
			fmt.Fprintf(&sb, "%6s", v.RatString())
		}
		sb.WriteString("\n")
	}
	return sb.String()
}

func main() {
	h := make([][]int64, 3)
	for i := range h {
		h[i] = []int64{int64(2*i + 1), int64(i + 2), int64((i * i) % 5)}
	}
	m := NewRatMatrix(h)
	fmt.Print(m)
	inv, err := m.Inverse()
	fmt.Println(err)
	fmt.Print(inv)
	_, err = NewRatMatrix([][]int64{{1, 2}, {2, 4}}).Inverse()
	fmt.Println(err, errors.Is(err, ErrSingular))
	x := new(big.Rat)
	x.SetString("3/12")
	f, exact := x.Float64()
	fmt.Println(x, f, exact, x.Num(), x.Denom())
}
