package main

import (
	"fmt"
	"sort"
	"strings"
)

type Embedding struct {
	vocab map[string]int
	table [][]float64
	grads map[int][]float64
}

func NewEmbedding(words []string, dim int) *Embedding {
	e := &Embedding{vocab: map[string]int{}, grads: map[int][]float64{}}
	sorted := append([]string(nil), words...)
	sort.Strings(sorted)
	for _, w := range sorted {
		if _, ok := e.vocab[w]; ok {
			continue
		}
		id := len(e.table)
		e.vocab[w] = id
		row := make([]float64, dim)
		for k := range row {
			row[k] = float64((id*7+k*3)%11)/10 - 0.5
		}
		e.table = append(e.table, row)
	}
	return e
}

func (e *Embedding) Lookup(w string) []float64 { return e.table[e.vocab[w]] }

func (e *Embedding) Accumulate(w string, g []float64) {
	id := e.vocab[w]
	acc, ok := e.grads[id]
	if !ok {
		acc = make([]float64, len(g))
		e.grads[id] = acc
	}
	for i := range g {
		acc[i] += g[i]
	}
}

func dot(a, b []float64) float64 {
	s := 0.0
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}

func main() {
	text := "the cat sat on the mat the cat ran"
	words := strings.Fields(text)
	emb := NewEmbedding(words, 3)
	fmt.Println(emb.vocab)
	// maximise dot of neighbours: loss = -sum dot(e_i, e_{i+1})
	for epoch := 0; epoch < 3; epoch++ {
		loss := 0.0
		clear(emb.grads)
		for i := 0; i+1 < len(words); i++ {
			a, b := emb.Lookup(words[i]), emb.Lookup(words[i+1])
			loss -= dot(a, b)
			ga := make([]float64, len(a))
			gb := make([]float64, len(b))
			for k := range a {
				ga[k] = -b[k]
				gb[k] = -a[k]
			}
			emb.Accumulate(words[i], ga)
			emb.Accumulate(words[i+1], gb)
		}
		for id, g := range emb.grads {
			for k := range g {
				emb.table[id][k] -= 0.05 * g[k]
			}
		}
		fmt.Printf("epoch %d loss %.4f touched %d\n", epoch, loss, len(emb.grads))
	}
	fmt.Printf("cat=%.3f mat=%.3f\n", emb.Lookup("cat"), emb.Lookup("mat"))
	fmt.Printf("sim(cat,sat)=%.4f\n", dot(emb.Lookup("cat"), emb.Lookup("sat")))
}
