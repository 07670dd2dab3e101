package main

import (
	"fmt"
	"math"
	"strings"
)

func softmax(z []float64) []float64 {
	m := math.Inf(-1)
	for _, v := range z {
		m = math.Max(m, v)
	}
	out := make([]float64, len(z))
	s := 0.0
	for i, v := range z {
		out[i] = math.Exp(v - m)
		s += out[i]
	}
	for i := range out {
		out[i] /= s
	}
	return out
}

func softmaxJac(z []float64) [][]float64 {
	p := softmax(z)
	n := len(p)
	j := make([][]float64, n)
	for a := range n {
		j[a] = make([]float64, n)
		for b := range n {
			d := 0.0
			if a == b {
				d = 1
			}
			j[a][b] = p[a] * (d - p[b])
		}
	}
	return j
}

func main() {
	z := []float64{1.0, 2.0, 0.5, -1.0}
	J := softmaxJac(z)
	h := 1e-5
	var sb strings.Builder
	worst := 0.0
	for b := range z {
		zp := append([]float64{}, z...)
		zm := append([]float64{}, z...)
		zp[b] += h
		zm[b] -= h
		pp, pm := softmax(zp), softmax(zm)
		for a := range z {
			num := (pp[a] - pm[a]) / (2 * h)
			worst = math.Max(worst, math.Abs(num-J[a][b]))
		}
	}
	for _, row := range J {
		parts := make([]string, len(row))
		for i, v := range row {
			parts[i] = fmt.Sprintf("%+.4f", v)
		}
		sb.WriteString("[" + strings.Join(parts, " ") + "]\n")
	}
	fmt.Print(sb.String())
	rowSums := make([]float64, len(J))
	for i, row := range J {
		for _, v := range row {
			rowSums[i] += v
		}
		rowSums[i] = math.Round(rowSums[i]*1e9) / 1e9
	}
	fmt.Println("row sums:", rowSums)
	fmt.Printf("worst diff below 1e-8: %t\n", worst < 1e-8)
}
