package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type Embedding map[string][]float64

func cosine(a, b []float64) float64 {
	var dot, na, nb float64
	for i := range a {
		dot += a[i] * b[i]
		na += a[i] * a[i]
		nb += b[i] * b[i]
	}
	if na == 0 || nb == 0 {
		return 0
	}
	return dot / (math.Sqrt(na) * math.Sqrt(nb))
}

func (e Embedding) Nearest(q []float64, k int, exclude ...string) []string {
	type cand struct {
		w string
		s float64
	}
	var cs []cand
	skip := map[string]bool{}
	for _, x := range exclude {
		skip[x] = true
	}
	for w, v := range e {
		if !skip[w] {
			cs = append(cs, cand{w, cosine(q, v)})
		}
	}
	sort.Slice(cs, func(i, j int) bool {
		if cs[i].s == cs[j].s {
			return cs[i].w < cs[j].w
		}
		return cs[i].s > cs[j].s
	})
	out := make([]string, 0, k)
	for _, c := range cs[:min(k, len(cs))] {
		out = append(out, fmt.Sprintf("%s:%.3f", c.w, c.s))
	}
	return out
}

func add(vs ...[]float64) []float64 {
	out := make([]float64, len(vs[0]))
	for _, v := range vs {
		for i := range v {
			out[i] += v[i]
		}
	}
	return out
}

func neg(v []float64) []float64 {
	out := make([]float64, len(v))
	for i := range v {
		out[i] = -v[i]
	}
	return out
}

func main() {
	// dims: royalty, gender(male+), food, animal
	e := Embedding{
		"king":   {0.9, 0.8, 0.0, 0.1},
		"queen":  {0.9, -0.8, 0.0, 0.1},
		"man":    {0.1, 0.9, 0.0, 0.2},
		"woman":  {0.1, -0.9, 0.0, 0.2},
		"apple":  {0.0, 0.0, 0.9, 0.0},
		"banana": {0.0, 0.05, 0.95, 0.0},
		"dog":    {0.0, 0.1, 0.1, 0.9},
		"cat":    {0.05, -0.1, 0.1, 0.85},
	}
	q := add(e["king"], neg(e["man"]), e["woman"])
	fmt.Printf("king-man+woman = %.2f\n", q)
	fmt.Println(strings.Join(e.Nearest(q, 3, "king", "man", "woman"), " "))
	for _, w := range []string{"apple", "dog"} {
		fmt.Println(w, e.Nearest(e[w], 2, w))
	}
	fmt.Printf("%.4f %.4f\n", cosine(e["king"], e["queen"]), cosine([]float64{0, 0}, []float64{1, 1}))
}
