package main

import (
	"fmt"
	"strings"
)

const Inf = int(^uint(0) >> 2)

type Matrix [][]int

func (m Matrix) String() string {
	var sb strings.Builder
	for _, row := range m {
		for j, v := range row {
			if j > 0 {
				sb.WriteByte(' ')
			}
			if v >= Inf {
				sb.WriteString("  ∞")
			} else {
				fmt.Fprintf(&sb, "%3d", v)
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func floydWarshall(w Matrix) (Matrix, [][]int) {
	n := len(w)
	d := make(Matrix, n)
	pi := make([][]int, n)
	for i := range w {
		d[i] = append([]int(nil), w[i]...)
		pi[i] = make([]int, n)
		for j := range pi[i] {
			pi[i][j] = -1
			if i != j && w[i][j] < Inf {
				pi[i][j] = i
			}
		}
	}
	for k := 0; k < n; k++ {
		for i := 0; i < n; i++ {
			for j := 0; j < n; j++ {
				if d[i][k] < Inf && d[k][j] < Inf && d[i][k]+d[k][j] < d[i][j] {
					d[i][j] = d[i][k] + d[k][j]
					pi[i][j] = pi[k][j]
				}
			}
		}
		fmt.Printf("D(%d):\n%v", k+1, d)
	}
	return d, pi
}

func pathTo(pi [][]int, i, j int) []int {
	if i == j {
		return []int{i + 1}
	}
	if pi[i][j] == -1 {
		return nil
	}
	return append(pathTo(pi, i, pi[i][j]), j+1)
}

func main() {
	w := Matrix{
		{0, 3, 8, Inf, -4},
		{Inf, 0, Inf, 1, 7},
		{Inf, 4, 0, Inf, Inf},
		{2, Inf, -5, 0, Inf},
		{Inf, Inf, Inf, 6, 0},
	}
	d, pi := floydWarshall(w)
	fmt.Print("final:\n", d)
	fmt.Println("path 1->3:", pathTo(pi, 0, 2))
	fmt.Println("path 3->5:", pathTo(pi, 2, 4))
	fmt.Println(pi)
}
