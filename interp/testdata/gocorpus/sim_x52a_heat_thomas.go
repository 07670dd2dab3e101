package main

import (
	"fmt"
	"strings"
)

// Thomas algorithm for tridiagonal systems, used for implicit heat equation steps.
func thomas(a, b, c, d []float64) []float64 {
	n := len(d)
	cp := make([]float64, n)
	dp := make([]float64, n)
	cp[0] = c[0] / b[0]
	dp[0] = d[0] / b[0]
	for i := 1; i < n; i++ {
		m := b[i] - a[i]*cp[i-1]
		if i < n-1 {
			cp[i] = c[i] / m
		}
		dp[i] = (d[i] - a[i]*dp[i-1]) / m
	}
	x := make([]float64, n)
	x[n-1] = dp[n-1]
	for i := n - 2; i >= 0; i-- {
		x[i] = dp[i] - cp[i]*x[i+1]
	}
	return x
}

func bar(v float64) string {
	n := min(int(v*20), 20)
	return strings.Repeat("#", n) + strings.Repeat(" ", 20-n)
}

func main() {
	const n = 9
	r := 0.8
	u := make([]float64, n)
	u[n/2] = 1
	a := make([]float64, n)
	b := make([]float64, n)
	c := make([]float64, n)
	for i := range b {
		a[i], b[i], c[i] = -r, 1+2*r, -r
	}
	for step := 0; step <= 6; step++ {
		if step%2 == 0 {
			total := 0.0
			cells := make([]string, n)
			for i, v := range u {
				cells[i] = fmt.Sprintf("%.3f", v)
				total += v
			}
			fmt.Printf("t=%d [%s] sum=%.4f\n", step, strings.Join(cells, " "), total)
		}
		u = thomas(a, b, c, u)
	}
	for _, v := range u {
		fmt.Printf("|%s|\n", bar(v*5))
	}
	x := thomas([]float64{0, 1, 1}, []float64{2, 2, 2}, []float64{1, 1, 0}, []float64{3, 4, 3})
	fmt.Printf("%.4f\n", x)
}
