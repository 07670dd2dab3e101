package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

const corpus = `spam|win a free prize now
ham|are we still meeting for lunch
spam|free money click now
ham|the project meeting moved to friday
spam|claim your free prize today
ham|can you review my pull request
spam|cheap loans click here now
ham|lunch on friday sounds good`

type NB struct {
	classDocs  map[string]int
	wordCounts map[string]map[string]int
	totalWords map[string]int
	vocab      map[string]struct{}
	docs       int
}

func tokenize(s string) []string {
	return strings.Fields(strings.ToLower(s))
}

func Train(lines []string) *NB {
	nb := &NB{
		classDocs:  map[string]int{},
		wordCounts: map[string]map[string]int{},
		totalWords: map[string]int{},
		vocab:      map[string]struct{}{},
	}
	for _, l := range lines {
		label, text, _ := strings.Cut(l, "|")
		nb.docs++
		nb.classDocs[label]++
		if nb.wordCounts[label] == nil {
			nb.wordCounts[label] = map[string]int{}
		}
		for _, w := range tokenize(text) {
			nb.wordCounts[label][w]++
			nb.totalWords[label]++
			nb.vocab[w] = struct{}{}
		}
	}
	return nb
}

func (nb *NB) classes() []string {
	cs := make([]string, 0, len(nb.classDocs))
	for c := range nb.classDocs {
		cs = append(cs, c)
	}
	sort.Strings(cs)
	return cs
}

func (nb *NB) LogProbs(text string) map[string]float64 {
	out := map[string]float64{}
	V := float64(len(nb.vocab))
	for _, c := range nb.classes() {
		lp := math.Log(float64(nb.classDocs[c]) / float64(nb.docs))
		for _, w := range tokenize(text) {
			cnt := float64(nb.wordCounts[c][w])
			lp += math.Log((cnt + 1) / (float64(nb.totalWords[c]) + V))
		}
		out[c] = lp
	}
	return out
}

func (nb *NB) Predict(text string) (string, float64) {
	lps := nb.LogProbs(text)
	// softmax over log probs for a confidence
	maxLP := math.Inf(-1)
	for _, v := range lps {
		maxLP = math.Max(maxLP, v)
	}
	var z float64
	for _, v := range lps {
		z += math.Exp(v - maxLP)
	}
	best, bestP := "", -1.0
	for _, c := range nb.classes() {
		p := math.Exp(lps[c]-maxLP) / z
		if p > bestP {
			best, bestP = c, p
		}
	}
	return best, bestP
}

func main() {
	nb := Train(strings.Split(corpus, "\n"))
	fmt.Println("classes:", nb.classes(), "vocab:", len(nb.vocab))
	fmt.Println("spam words:", nb.wordCounts["spam"])
	tests := []string{
		"free prize click",
		"meeting on friday",
		"review the loans",
		"totally unseen words",
	}
	for _, t := range tests {
		c, p := nb.Predict(t)
		fmt.Printf("%-22q -> %-4s (%.3f)\n", t, c, p)
	}
	lp := nb.LogProbs("free lunch")
	for _, c := range nb.classes() {
		fmt.Printf("log P(%s | free lunch) = %.3f\n", c, lp[c])
	}
}
