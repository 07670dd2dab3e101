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
	totalWords map[string]int
	vocab      map[string]bool
	docs       int
}

func NewNB() *NB {
	return &NB{classCount: map[string]int{}, wordCount: map[string]map[string]int{}, totalWords: map[string]int{}, vocab: map[string]bool{}}
}

func tokenize(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return r < 'a' || r > 'z' })
}

func (m *NB) Train(class, doc string) {
	m.docs++
	m.classCount[class]++
	if m.wordCount[class] == nil {
		m.wordCount[class] = map[string]int{}
	}
	for _, w := range tokenize(doc) {
		m.wordCount[class][w]++
		m.totalWords[class]++
		m.vocab[w] = true
	}
}

func (m *NB) Scores(doc string) map[string]float64 {
	out := map[string]float64{}
	V := float64(len(m.vocab))
	for c, n := range m.classCount {
		lp := math.Log(float64(n) / float64(m.docs))
		for _, w := range tokenize(doc) {
			lp += math.Log((float64(m.wordCount[c][w]) + 1) / (float64(m.totalWords[c]) + V))
		}
		out[c] = lp
	}
	return out
}

func (m *NB) Predict(doc string) (string, float64) {
	sc := m.Scores(doc)
	classes := make([]string, 0, len(sc))
	for c := range sc {
		classes = append(classes, c)
	}
	sort.Strings(classes)
	best := classes[0]
	for _, c := range classes {
		if sc[c] > sc[best] {
			best = c
		}
	}
	// softmax confidence
	z := 0.0
	for _, c := range classes {
		z += math.Exp(sc[c] - sc[best])
	}
	return best, 1 / z
}

func main() {
	m := NewNB()
	train := [][2]string{
		{"spam", "Win money now! Free prize"},
		{"spam", "Free money, claim your prize today"},
		{"ham", "Meeting at noon about the project"},
		{"ham", "Can you review my project code today?"},
		{"ham", "Lunch tomorrow? The usual place"},
	}
	for _, t := range train {
		m.Train(t[0], t[1])
	}
	fmt.Println(len(m.vocab), m.classCount)
	for _, d := range []string{"free prize money", "project meeting tomorrow", "claim your code", ""} {
		c, p := m.Predict(d)
		fmt.Printf("%-26q -> %s (%.3f)\n", d, c, p)
	}
}
