package main

import (
	"fmt"
	"strings"
)

func optimalBST(p, q []float64) ([][]float64, [][]int) {
	n := len(p) - 1
	e := make([][]float64, n+2)
	w := make([][]float64, n+2)
	root := make([][]int, n+1)
	for i := range e {
		e[i] = make([]float64, n+1)
		w[i] = make([]float64, n+1)
	}
	for i := range root {
		root[i] = make([]int, n+1)
	}
	for i := 1; i <= n+1; i++ {
		e[i][i-1] = q[i-1]
		w[i][i-1] = q[i-1]
	}
	for l := 1; l <= n; l++ {
		for i := 1; i <= n-l+1; i++ {
			j := i + l - 1
			e[i][j] = 1e18
			w[i][j] = w[i][j-1] + p[j] + q[j]
			for r := i; r <= j; r++ {
				t := e[i][r-1] + e[r+1][j] + w[i][j]
				if t < e[i][j]-1e-12 {
					e[i][j] = t
					root[i][j] = r
				}
			}
		}
	}
	return e, root
}

func construct(root [][]int, i, j int, parent string, depth int, sb *strings.Builder) {
	if j < i {
		fmt.Fprintf(sb, "%sd%d is the %s child\n", strings.Repeat("  ", depth), j, parent)
		return
	}
	r := root[i][j]
	fmt.Fprintf(sb, "%sk%d (%s)\n", strings.Repeat("  ", depth), r, parent)
	construct(root, i, r-1, "left", depth+1, sb)
	construct(root, r+1, j, "right", depth+1, sb)
}

func main() {
	p := []float64{0, 0.15, 0.10, 0.05, 0.10, 0.20}
	q := []float64{0.05, 0.10, 0.05, 0.05, 0.05, 0.10}
	e, root := optimalBST(p, q)
	n := len(p) - 1
	fmt.Printf("expected cost: %.2f\n", e[1][n])
	for i := 1; i <= n; i++ {
		fmt.Printf("root[%d]: %v\n", i, root[i][i:])
	}
	var sb strings.Builder
	construct(root, 1, n, "root", 0, &sb)
	fmt.Print(sb.String())
	fmt.Printf("%.3v\n", e[1][1:])
}
