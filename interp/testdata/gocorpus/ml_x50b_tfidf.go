package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"unicode"
)

func tokenize(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r)
	})
}

type Doc struct {
	Title string
	TF    map[string]float64
}

func cosine(a, b map[string]float64) float64 {
	var dot, na, nb float64
	for k, v := range a {
		dot += v * b[k]
		na += v * v
	}
	for _, v := range b {
		nb += v * v
	}
	if na == 0 || nb == 0 {
		return 0
	}
	return dot / math.Sqrt(na*nb)
}

func main() {
	corpus := map[string]string{
		"d1": "The cat sat on the mat.",
		"d2": "The dog chased the cat!",
		"d3": "Gradient descent minimizes the loss.",
		"d4": "Stochastic gradient descent uses mini batches of the data.",
	}
	titles := make([]string, 0, len(corpus))
	for t := range corpus {
		titles = append(titles, t)
	}
	sort.Strings(titles)
	df := map[string]int{}
	var docs []Doc
	for _, t := range titles {
		toks := tokenize(corpus[t])
		tf := map[string]float64{}
		for _, w := range toks {
			tf[w] += 1 / float64(len(toks))
		}
		for w := range tf {
			df[w]++
		}
		docs = append(docs, Doc{t, tf})
	}
	N := float64(len(docs))
	for _, d := range docs {
		for w := range d.TF {
			d.TF[w] *= math.Log(N / float64(df[w]))
		}
		words := make([]string, 0, len(d.TF))
		for w := range d.TF {
			words = append(words, w)
		}
		sort.Slice(words, func(i, j int) bool {
			if d.TF[words[i]] != d.TF[words[j]] {
				return d.TF[words[i]] > d.TF[words[j]]
			}
			return words[i] < words[j]
		})
		fmt.Printf("%s top: ", d.Title)
		for _, w := range words[:3] {
			fmt.Printf("%s(%.3f) ", w, d.TF[w])
		}
		fmt.Println()
	}
	fmt.Println("similarity:")
	for i := range docs {
		for j := i + 1; j < len(docs); j++ {
			fmt.Printf("  %s~%s %.4f\n", docs[i].Title, docs[j].Title, cosine(docs[i].TF, docs[j].TF))
		}
	}
}
