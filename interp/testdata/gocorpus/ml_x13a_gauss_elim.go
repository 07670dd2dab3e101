package main

import (
	"errors"
	"fmt"
	"math"
	"strings"
)

type Mat [][]float64

var ErrSingular = errors.New("matrix is singular")

func (m Mat) Clone() Mat {
	c := make(Mat, len(m))
	for i := range m {
		c[i] = append([]float64(nil), m[i]...)
	}
	return c
}

func (m Mat) String() string {
	var sb strings.Builder
	for _, row := range m {
		for j, v := range row {
			if j > 0 {
				sb.WriteByte(' ')
			}
			fmt.Fprintf(&sb, "%8.3f", v)
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

// Solve solves A x = b by Gaussian elimination with partial pivoting.
func Solve(A Mat, b []float64) ([]float64, float64, error) {
	n := len(A)
	a := A.Clone()
	for i := range a {
		a[i] = append(a[i], b[i])
	}
	det := 1.0
	for col := 0; col < n; col++ {
		piv := col
		for r := col + 1; r < n; r++ {
			if math.Abs(a[r][col]) > math.Abs(a[piv][col]) {
				piv = r
			}
		}
		if math.Abs(a[piv][col]) < 1e-12 {
			return nil, 0, fmt.Errorf("column %d: %w", col, ErrSingular)
		}
		if piv != col {
			a[piv], a[col] = a[col], a[piv]
			det = -det
		}
		det *= a[col][col]
		for r := col + 1; r < n; r++ {
			f := a[r][col] / a[col][col]
			for c := col; c <= n; c++ {
				a[r][c] -= f * a[col][c]
			}
		}
	}
	x := make([]float64, n)
	for i := n - 1; i >= 0; i-- {
		s := a[i][n]
		for j := i + 1; j < n; j++ {
			s -= a[i][j] * x[j]
		}
		x[i] = s / a[i][i]
	}
	return x, det, nil
}

func Inverse(A Mat) (Mat, error) {
	n := len(A)
	inv := make(Mat, n)
	for i := range inv {
		inv[i] = make([]float64, n)
	}
	for j := 0; j < n; j++ {
		e := make([]float64, n)
		e[j] = 1
		col, _, err := Solve(A, e)
		if err != nil {
			return nil, err
		}
		for i := range col {
			inv[i][j] = col[i]
		}
	}
	return inv, nil
}

func main() {
	A := Mat{{2, 1, -1}, {-3, -1, 2}, {-2, 1, 2}}
	b := []float64{8, -11, -3}
	x, det, err := Solve(A, b)
	fmt.Printf("x = %.4f det = %.4f err = %v\n", x, det, err)
	inv, _ := Inverse(A)
	fmt.Print("inverse:\n", inv)
	H := make(Mat, 4)
	for i := range H {
		H[i] = make([]float64, 4)
		for j := range H[i] {
			H[i][j] = 1 / float64(i+j+1)
		}
	}
	ones := []float64{1, 1, 1, 1}
	xh, dh, _ := Solve(H, ones)
	fmt.Printf("hilbert det %.3e x %.2f\n", dh, xh)
	_, _, err = Solve(Mat{{1, 2}, {2, 4}}, []float64{3, 6})
	fmt.Println("singular:", err, errors.Is(err, ErrSingular))
	fmt.Println(A)
}
