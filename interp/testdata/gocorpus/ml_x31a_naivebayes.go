package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type NaiveBayes struct {
	classCount map[string]int
	wordCount  map[string]map[string]int
	totalWords map[string]int
	vocab      map[string]struct{}
	alpha      float64
}

func NewNaiveBayes(alpha float64) *NaiveBayes {
	return &NaiveBayes{
		classCount: map[string]int{},
		wordCount:  map[string]map[string]int{},
		totalWords: map[string]int{},
		vocab:      map[string]struct{}{},
		alpha:      alpha,
	}
}

func tokenize(s string) []string {
	f := func(r rune) bool { return !(r >= 'a' && r <= 'z' || r == '\'') }
	return strings.FieldsFunc(strings.ToLower(s), f)
}

func (nb *NaiveBayes) Fit(docs []string, labels []string) {
	for i, d := range docs {
		c := labels[i]
		nb.classCount[c]++
		if nb.wordCount[c] == nil {
			nb.wordCount[c] = map[string]int{}
		}
		for _, w := range tokenize(d) {
			nb.wordCount[c][w]++
			nb.totalWords[c]++
			nb.vocab[w] = struct{}{}
		}
	}
}

func (nb *NaiveBayes) LogProbs(doc string) map[string]float64 {
	total := 0
	for _, n := range nb.classCount {
		total += n
	}
	out := map[string]float64{}
	V := float64(len(nb.vocab))
	for c, n := range nb.classCount {
		lp := math.Log(float64(n) / float64(total))
		for _, w := range tokenize(doc) {
			lp += math.Log((float64(nb.wordCount[c][w]) + nb.alpha) / (float64(nb.totalWords[c]) + nb.alpha*V))
		}
		out[c] = lp
	}
	return out
}

func (nb *NaiveBayes) Predict(doc string) (string, float64) {
	lps := nb.LogProbs(doc)
	classes := make([]string, 0, len(lps))
	for c := range lps {
		classes = append(classes, c)
	}
	sort.Strings(classes)
	best := classes[0]
	for _, c := range classes[1:] {
		if lps[c] > lps[best] {
			best = c
		}
	}
	// normalized probability with log-sum-exp
	mx, z := lps[best], 0.0
	for _, lp := range lps {
		z += math.Exp(lp - mx)
	}
	return best, 1 / z
}

func main() {
	docs := []string{
		"Gradient descent converges slowly without momentum",
		"The network overfits; add dropout and weight decay",
		"Free money!!! Click now to win a prize",
		"Win a free vacation, click the link",
		"Batch normalization speeds up training of deep nets",
		"Limited offer: free prize, don't miss it",
	}
	labels := []string{"ml", "ml", "spam", "spam", "ml", "spam"}
	nb := NewNaiveBayes(1.0)
	nb.Fit(docs, labels)
	fmt.Println("vocab size:", len(nb.vocab), "classes:", nb.classCount)
	for _, q := range []string{"click to win free training", "momentum and weight decay help deep nets", "hello world", "don't miss the free gradient"} {
		c, p := nb.Predict(q)
		lps := nb.LogProbs(q)
		fmt.Printf("%-42q -> %-4s p=%.3f ml=%.2f spam=%.2f\n", q, c, p, lps["ml"], lps["spam"])
	}
	type wc struct {
		w string
		n int
	}
	var top []wc
	for w, n := range nb.wordCount["spam"] {
		top = append(top, wc{w, n})
	}
	sort.Slice(top, func(i, j int) bool {
		if top[i].n != top[j].n {
			return top[i].n > top[j].n
		}
		return top[i].w < top[j].w
	})
	fmt.Printf("%v\n", top[:4])
}
