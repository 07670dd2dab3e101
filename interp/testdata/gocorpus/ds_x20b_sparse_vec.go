package main

import (
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"
)

type Sparse map[int]float64

func (s Sparse) Dot(o Sparse) float64 {
	if len(o) < len(s) {
		s, o = o, s
	}
	sum := 0.0
	for k, v := range s {
		sum += v * o[k]
	}
	return sum
}

func (s Sparse) Norm() float64 { return math.Sqrt(s.Dot(s)) }

func (s Sparse) String() string {
	keys := slices.Sorted(maps.Keys(s))
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%d:%.4f", k, s[k])
	}
	return "{" + strings.Join(parts, " ") + "}"
}

type Vocab struct {
	index map[string]int
	words []string
}

func (v *Vocab) ID(w string) int {
	if id, ok := v.index[w]; ok {
		return id
	}
	if v.index == nil {
		v.index = map[string]int{}
	}
	v.index[w] = len(v.words)
	v.words = append(v.words, w)
	return v.index[w]
}

func tfidf(docs [][]string, vocab *Vocab) []Sparse {
	df := map[int]int{}
	tfs := make([]Sparse, len(docs))
	for i, d := range docs {
		tfs[i] = Sparse{}
		for _, w := range d {
			tfs[i][vocab.ID(w)]++
		}
		for id := range tfs[i] {
			df[id]++
		}
	}
	n := float64(len(docs))
	for _, tf := range tfs {
		for id, c := range tf {
			tf[id] = c * math.Log(n/float64(df[id]))
		}
	}
	return tfs
}

func main() {
	corpus := []string{
		"gradient descent on loss",
		"stochastic gradient descent with momentum",
		"loss surface and momentum",
		"cats and dogs",
	}
	var docs [][]string
	for _, c := range corpus {
		docs = append(docs, strings.Fields(c))
	}
	var v Vocab
	vecs := tfidf(docs, &v)
	fmt.Println(len(v.words), v.words[:5])
	for i, vec := range vecs {
		fmt.Println(i, vec)
	}
	for i := range vecs {
		for j := i + 1; j < len(vecs); j++ {
			den := vecs[i].Norm() * vecs[j].Norm()
			cos := 0.0
			if den > 0 {
				cos = vecs[i].Dot(vecs[j]) / den
			}
			fmt.Printf("cos(%d,%d)=%.4f\n", i, j, cos)
		}
	}
	fmt.Println(Sparse{3: 1, 1: 2}, Sparse{})
	delete(vecs[0], 0)
	fmt.Println(len(vecs[0]))
}
