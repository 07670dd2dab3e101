package main

import (
	"fmt"
	"math"
	"strings"
)

type HMM struct {
	States []string
	Start  []float64
	Trans  [][]float64
	Emit   []map[byte]float64
}

func (h *HMM) Viterbi(obs string) ([]int, float64) {
	n, T := len(h.States), len(obs)
	V := make([][]float64, T)
	back := make([][]int, T)
	for t := range V {
		V[t] = make([]float64, n)
		back[t] = make([]int, n)
	}
	for s := 0; s < n; s++ {
		V[0][s] = math.Log(h.Start[s]) + math.Log(h.Emit[s][obs[0]])
	}
	for t := 1; t < T; t++ {
		for s := 0; s < n; s++ {
			best, arg := math.Inf(-1), 0
			for p := 0; p < n; p++ {
				if v := V[t-1][p] + math.Log(h.Trans[p][s]); v > best {
					best, arg = v, p
				}
			}
			V[t][s] = best + math.Log(h.Emit[s][obs[t]])
			back[t][s] = arg
		}
	}
	last, lp := 0, math.Inf(-1)
	for s := 0; s < n; s++ {
		if V[T-1][s] > lp {
			last, lp = s, V[T-1][s]
		}
	}
	path := make([]int, T)
	path[T-1] = last
	for t := T - 1; t > 0; t-- {
		path[t-1] = back[t][path[t]]
	}
	return path, lp
}

func main() {
	h := &HMM{
		States: []string{"bg", "CpG"},
		Start:  []float64{0.9, 0.1},
		Trans:  [][]float64{{0.95, 0.05}, {0.1, 0.9}},
		Emit: []map[byte]float64{
			{'A': 0.3, 'C': 0.2, 'G': 0.2, 'T': 0.3},
			{'A': 0.1, 'C': 0.4, 'G': 0.4, 'T': 0.1},
		},
	}
	seqs := []string{
		"ATATTATACGCGCGGCGCGCCGATATTTAT",
		"AAAAAAAAAA",
		"CGCGCGCG",
	}
	for _, s := range seqs {
		path, lp := h.Viterbi(s)
		var b strings.Builder
		for _, p := range path {
			b.WriteByte(" +"[p])
		}
		fmt.Println(s)
		fmt.Println(b.String())
		fmt.Printf("log P = %.4f  (P = %.3e)\n", lp, math.Exp(lp))
		islands := 0
		for i, p := range path {
			if p == 1 && (i == 0 || path[i-1] == 0) {
				islands++
			}
		}
		fmt.Printf("islands: %d\n\n", islands)
	}
	fmt.Printf("%v %.2f\n", h.States, h.Trans)
}
