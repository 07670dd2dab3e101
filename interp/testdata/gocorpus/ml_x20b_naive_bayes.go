package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type NB struct {
	classCount map[string]int
	wordCount  map[string]map[string]int
	totals     map[string]int
	vocab      map[string]struct{}
}

func NewNB() *NB {
	return &NB{map[string]int{}, map[string]map[string]int{}, map[string]int{}, map[string]struct{}{}}
}

func tokenize(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z')
	})
}

func (nb *NB) Train(text, label string) {
	nb.classCount[label]++
	if nb.wordCount[label] == nil {
		nb.wordCount[label] = map[string]int{}
	}
	for _, w := range tokenize(text) {
		nb.wordCount[label][w]++
		nb.totals[label]++
		nb.vocab[w] = struct{}{}
	}
}

func (nb *NB) Predict(text string) (string, map[string]float64) {
	n := 0
	for _, c := range nb.classCount {
		n += c
	}
	scores := map[string]float64{}
	labels := make([]string, 0, len(nb.classCount))
	for l := range nb.classCount {
		labels = append(labels, l)
	}
	sort.Strings(labels)
	best, bestScore := "", math.Inf(-1)
	for _, l := range labels {
		s := math.Log(float64(nb.classCount[l]) / float64(n))
		for _, w := range tokenize(text) {
			s += math.Log(float64(nb.wordCount[l][w]+1) / float64(nb.totals[l]+len(nb.vocab)))
		}
		scores[l] = s
		if s > bestScore {
			best, bestScore = l, s
		}
	}
	return best, scores
}

func main() {
	nb := NewNB()
	train := []struct{ text, label string }{
		{"Win money now, free prize!", "spam"},
		{"Limited offer: free money", "spam"},
		{"Meeting at noon about the project", "ham"},
		{"Can you review my gradient code?", "ham"},
		{"Free tickets, claim your prize", "spam"},
		{"Lunch tomorrow with the team", "ham"},
	}
	for _, t := range train {
		nb.Train(t.text, t.label)
	}
	fmt.Println(len(nb.vocab), nb.classCount, nb.totals)
	for _, q := range []string{"free money prize", "project review at noon", "team prize", ""} {
		label, sc := nb.Predict(q)
		fmt.Printf("%-25q -> %s ham=%.4f spam=%.4f\n", q, label, sc["ham"], sc["spam"])
	}
}
