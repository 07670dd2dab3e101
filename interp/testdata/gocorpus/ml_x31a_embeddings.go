package main

import (
	"fmt"
	"math"
	"slices"
	"strings"
)

type Vocab struct {
	idx   map[string]int
	words []string
}

func BuildVocab(corpus string) *Vocab {
	v := &Vocab{idx: map[string]int{}}
	for _, w := range strings.Fields(strings.ToLower(corpus)) {
		w = strings.Trim(w, ".,;!?")
		if _, ok := v.idx[w]; !ok && w != "" {
			v.idx[w] = len(v.words)
			v.words = append(v.words, w)
		}
	}
	return v
}

type Embedding struct {
	*Vocab
	W [][]float64
}

func NewEmbedding(v *Vocab, dim int) *Embedding {
	e := &Embedding{Vocab: v, W: make([][]float64, len(v.words))}
	for i, w := range v.words {
		e.W[i] = make([]float64, dim)
		h := 0
		for _, r := range w {
			h = h*31 + int(r)
		}
		for d := range dim {
			e.W[i][d] = math.Sin(float64(h%1000+d*7)) * 0.5
		}
	}
	return e
}

func (e *Embedding) Lookup(word string) ([]float64, bool) {
	i, ok := e.idx[word]
	if !ok {
		return nil, false
	}
	return e.W[i], true
}

func cosine(a, b []float64) float64 {
	var dot, na, nb float64
	for i := range a {
		dot += a[i] * b[i]
		na += a[i] * a[i]
		nb += b[i] * b[i]
	}
	return dot / math.Sqrt(na*nb)
}

func (e *Embedding) Nearest(word string, k int) []string {
	q, ok := e.Lookup(word)
	if !ok {
		return nil
	}
	type sim struct {
		w string
		s float64
	}
	var sims []sim
	for i, w := range e.words {
		if w != word {
			sims = append(sims, sim{w, cosine(q, e.W[i])})
		}
	}
	slices.SortFunc(sims, func(a, b sim) int {
		if a.s != b.s {
			if a.s > b.s {
				return -1
			}
			return 1
		}
		return strings.Compare(a.w, b.w)
	})
	out := make([]string, 0, k)
	for _, s := range sims[:min(k, len(sims))] {
		out = append(out, fmt.Sprintf("%s(%.3f)", s.w, s.s))
	}
	return out
}

func main() {
	corpus := "The cat sat on the mat. The dog sat on the log! A cat and a dog; the end."
	v := BuildVocab(corpus)
	fmt.Println(len(v.words), v.words)
	e := NewEmbedding(v, 6)
	for _, w := range []string{"cat", "dog", "zebra"} {
		vec, ok := e.Lookup(w)
		fmt.Printf("%-5s found=%v vec=%.2f\n", w, ok, vec)
		fmt.Println("  nearest:", e.Nearest(w, 3))
	}
	sentence := []string{"the", "cat", "sat"}
	avg := make([]float64, 6)
	for _, w := range sentence {
		vec, _ := e.Lookup(w)
		for d := range avg {
			avg[d] += vec[d] / float64(len(sentence))
		}
	}
	fmt.Printf("sentence embedding %.3f\n", avg)
	fmt.Printf("%q\n", slices.Sorted(func(yield func(string) bool) {
		for w := range e.idx {
			if len(w) == 3 && !yield(w) {
				return
			}
		}
	}))
}
