package main

import (
	"fmt"
	"sort"
	"strings"
)

// Gambler's ruin as an absorbing Markov chain: N = (I - Q)^-1, B = N R.
func invert(m [][]float64) [][]float64 {
	n := len(m)
	a := make([][]float64, n)
	for i := range m {
		a[i] = make([]float64, 2*n)
		copy(a[i], m[i])
		a[i][n+i] = 1
	}
	for c := 0; c < n; c++ {
		p := c
		for r := c + 1; r < n; r++ {
			if abs(a[r][c]) > abs(a[p][c]) {
				p = r
			}
		}
		a[c], a[p] = a[p], a[c]
		pv := a[c][c]
		for j := range a[c] {
			a[c][j] /= pv
		}
		for r := 0; r < n; r++ {
			if r != c && a[r][c] != 0 {
				f := a[r][c]
				for j := range a[r] {
					a[r][j] -= f * a[c][j]
				}
			}
		}
	}
	out := make([][]float64, n)
	for i := range a {
		out[i] = a[i][n:]
	}
	return out
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

func main() {
	const goal = 5
	p := 0.45
	transient := goal - 1
	q := make([][]float64, transient)
	r := make([][]float64, transient)
	for i := range q {
		q[i] = make([]float64, transient)
		r[i] = make([]float64, 2)
		money := i + 1
		if money+1 == goal {
			r[i][1] = p
		} else {
			q[i][i+1] = p
		}
		if money-1 == 0 {
			r[i][0] = 1 - p
		} else {
			q[i][i-1] = 1 - p
		}
	}
	iq := make([][]float64, transient)
	for i := range q {
		iq[i] = make([]float64, transient)
		for j := range q[i] {
			iq[i][j] = -q[i][j]
		}
		iq[i][i] += 1
	}
	n := invert(iq)
	fmt.Printf("%-6s %10s %10s %10s\n", "start", "P(ruin)", "P(win)", "E[steps]")
	summary := map[string]float64{}
	for i := range n {
		var ruin, win, steps float64
		for k := range n[i] {
			ruin += n[i][k] * r[k][0]
			win += n[i][k] * r[k][1]
			steps += n[i][k]
		}
		fmt.Printf("$%-5d %10.5f %10.5f %10.4f\n", i+1, ruin, win, steps)
		summary[fmt.Sprintf("start%d", i+1)] = win
	}
	keys := make([]string, 0, len(summary))
	for k := range summary {
		keys = append(keys, k)
	}
	sort.Sort(sort.Reverse(sort.StringSlice(keys)))
	fmt.Println(strings.Join(keys, ","))
	fmt.Printf("%.3v\n", summary)
}
