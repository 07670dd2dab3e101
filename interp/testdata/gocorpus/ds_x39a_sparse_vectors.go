package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type Sparse map[int]float64

func (s Sparse) Dot(o Sparse) float64 {
	if len(o) < len(s) {
		s, o = o, s
	}
	var sum float64
	for i, v := range s {
		sum += v * o[i]
	}
	return sum
}

func (s Sparse) Norm() float64 { return math.Sqrt(s.Dot(s)) }

func (s Sparse) String() string {
	idx := make([]int, 0, len(s))
	for i := range s {
		idx = append(idx, i)
	}
	sort.Ints(idx)
	parts := make([]string, len(idx))
	for k, i := range idx {
		parts[k] = fmt.Sprintf("%d:%.3g", i, s[i])
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
	id := len(v.words)
	v.index[w] = id
	v.words = append(v.words, w)
	return id
}

func tfidf(docs []string) ([]Sparse, *Vocab) {
	voc := &Vocab{index: map[string]int{}}
	tfs := make([]Sparse, len(docs))
	df := map[int]int{}
	for d, doc := range docs {
		tfs[d] = Sparse{}
		words := strings.Fields(doc)
		for _, w := range words {
			tfs[d][voc.ID(w)] += 1 / float64(len(words))
		}
		for id := range tfs[d] {
			df[id]++
		}
	}
	n := float64(len(docs))
	for _, tf := range tfs {
		for id := range tf {
			tf[id] *= math.Log(n/float64(df[id])) + 1
		}
	}
	return tfs, voc
}

func main() {
	docs := []string{
		"gradient descent minimizes the loss",
		"stochastic gradient descent uses mini batches",
		"the cat sat on the mat",
		"a neural network minimizes a loss with gradient descent",
	}
	vecs, voc := tfidf(docs)
	fmt.Println("vocab size:", len(voc.words))
	fmt.Println("doc0:", vecs[0])
	fmt.Println("doc2:", vecs[2])
	fmt.Printf("%6s", "")
	for j := range docs {
		fmt.Printf("  doc%d", j)
	}
	fmt.Println()
	for i := range docs {
		fmt.Printf("doc%d: ", i)
		for j := range docs {
			cos := vecs[i].Dot(vecs[j]) / (vecs[i].Norm() * vecs[j].Norm())
			fmt.Printf(" %5.3f", cos)
		}
		fmt.Println()
	}
	id := voc.ID("gradient")
	var with []int
	for d, v := range vecs {
		if _, ok := v[id]; ok {
			with = append(with, d)
		}
	}
	fmt.Printf("%q appears in docs %v\n", voc.words[id], with)
	fmt.Println(Sparse{3: 1, 1: 2.5}.Dot(Sparse{1: 2, 7: 4}), len(Sparse(nil)))
}
