package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type Doc struct {
	Label string
	Text  string
}

type NaiveBayes struct {
	classCount map[string]int
	wordCount  map[string]map[string]int
	totalWords map[string]int
	vocab      map[string]struct{}
	docs       int
}

func NewNB() *NaiveBayes {
	return &NaiveBayes{
		classCount: map[string]int{},
		wordCount:  map[string]map[string]int{},
		totalWords: map[string]int{},
		vocab:      map[string]struct{}{},
	}
}

func tokenize(s string) []string {
	f := func(r rune) bool { return !(r >= 'a' && r <= 'z') }
	return strings.FieldsFunc(strings.ToLower(s), f)
}

func (nb *NaiveBayes) Train(docs []Doc) {
	for _, d := range docs {
		nb.docs++
		nb.classCount[d.Label]++
		if nb.wordCount[d.Label] == nil {
			nb.wordCount[d.Label] = map[string]int{}
		}
		for _, w := range tokenize(d.Text) {
			nb.wordCount[d.Label][w]++
			nb.totalWords[d.Label]++
			nb.vocab[w] = struct{}{}
		}
	}
}

func (nb *NaiveBayes) Scores(text string) map[string]float64 {
	out := map[string]float64{}
	V := float64(len(nb.vocab))
	for c, n := range nb.classCount {
		lp := math.Log(float64(n) / float64(nb.docs))
		for _, w := range tokenize(text) {
			lp += math.Log((float64(nb.wordCount[c][w]) + 1) / (float64(nb.totalWords[c]) + V))
		}
		out[c] = lp
	}
	return out
}

func (nb *NaiveBayes) Classify(text string) (string, float64) {
	s := nb.Scores(text)
	labels := make([]string, 0, len(s))
	for l := range s {
		labels = append(labels, l)
	}
	sort.Strings(labels)
	best := labels[0]
	for _, l := range labels[1:] {
		if s[l] > s[best] {
			best = l
		}
	}
	// softmax probability of the winner
	z := 0.0
	for _, l := range labels {
		z += math.Exp(s[l] - s[best])
	}
	return best, 1 / z
}

func main() {
	train := []Doc{
		{"spam", "Win money now! Claim your free prize"},
		{"spam", "Free offer: cheap pills, win big money"},
		{"spam", "Claim your prize now, limited offer"},
		{"ham", "Are we still meeting for lunch tomorrow?"},
		{"ham", "Please review the attached report before the meeting"},
		{"ham", "Lunch was great, thanks for the report"},
		{"ham", "Can you send me the notes from class"},
	}
	nb := NewNB()
	nb.Train(train)
	fmt.Println("vocab size", len(nb.vocab), "classes", nb.classCount)
	tests := []string{
		"free money prize",
		"meeting tomorrow about the report",
		"claim your lunch",
		"notes",
		"zzz unknown words only",
	}
	for _, t := range tests {
		label, p := nb.Classify(t)
		fmt.Printf("%-36q -> %-4s (p=%.3f)\n", t, label, p)
	}
	top := func(c string) []string {
		ws := make([]string, 0)
		for w := range nb.wordCount[c] {
			ws = append(ws, w)
		}
		sort.Slice(ws, func(i, j int) bool {
			a, b := nb.wordCount[c][ws[i]], nb.wordCount[c][ws[j]]
			return a > b || a == b && ws[i] < ws[j]
		})
		return ws[:4]
	}
	fmt.Println("spam top:", top("spam"), "ham top:", top("ham"))
}
