package main

import (
	"fmt"
	"maps"
	"math/rand/v2"
	"slices"
	"strings"
)

func main() {
	corpus := "the matrix is square the matrix is invertible the vector is a column the column is a vector"
	words := strings.Fields(corpus)
	vocab := slices.Sorted(maps.Keys(func() map[string]bool {
		m := map[string]bool{}
		for _, w := range words {
			m[w] = true
		}
		return m
	}()))
	idx := map[string]int{}
	for i, w := range vocab {
		idx[w] = i
	}
	n := len(vocab)
	p := make([][]float64, n)
	for i := range p {
		p[i] = make([]float64, n)
	}
	for i := 0; i+1 < len(words); i++ {
		p[idx[words[i]]][idx[words[i+1]]]++
	}
	for i := range p {
		s := 0.0
		for _, v := range p[i] {
			s += v
		}
		for j := range p[i] {
			if s == 0 {
				p[i][j] = 1 / float64(n)
			} else {
				p[i][j] /= s
			}
		}
	}
	fmt.Printf("%11s", "")
	for _, w := range vocab {
		fmt.Printf("%6.5s", w)
	}
	fmt.Println()
	for i, w := range vocab {
		fmt.Printf("%-11s", w)
		for _, v := range p[i] {
			fmt.Printf("%6.2f", v)
		}
		fmt.Println()
	}
	pi := make([]float64, n)
	pi[idx["the"]] = 1
	for it := 0; it < 100; it++ {
		next := make([]float64, n)
		for i := range pi {
			for j := range pi {
				next[j] += pi[i] * p[i][j]
			}
		}
		for j := range next {
			pi[j] = 0.5*pi[j] + 0.5*next[j]
		}
	}
	fmt.Printf("stationary: %.3f\n", pi)
	rng := rand.New(rand.NewPCG(1, 2))
	cur := "the"
	out := []string{cur}
	for len(out) < 12 {
		r := rng.Float64()
		row := p[idx[cur]]
		for j, pr := range row {
			r -= pr
			if r <= 0 || j == n-1 {
				cur = vocab[j]
				break
			}
		}
		out = append(out, cur)
	}
	fmt.Println(strings.Join(out, " "))
}
