// Exercises: bag-of-words tokenizer with strings.FieldsFunc, multinomial naive Bayes with Laplace smoothing, log probabilities
package main

import (
	"fmt"
	"math"
	"strings"
	"unicode"
)

func tokenize(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) })
}

type NB struct {
	docs   map[string]int
	counts map[string]map[string]int
	totals map[string]int
	vocab  map[string]bool
}

func (nb *NB) Train(label, text string) {
	if nb.counts[label] == nil {
		nb.counts[label] = map[string]int{}
	}
	nb.docs[label]++
	for _, w := range tokenize(text) {
		nb.counts[label][w]++
		nb.totals[label]++
		nb.vocab[w] = true
	}
}

func (nb *NB) Predict(text string) (string, map[string]float64) {
	n := 0
	for _, c := range nb.docs {
		n += c
	}
	scores := map[string]float64{}
	best, bestScore := "", math.Inf(-1)
	for _, l := range []string{"ham", "spam"} {
		s := math.Log(float64(nb.docs[l]) / float64(n))
		for _, w := range tokenize(text) {
			s += math.Log(float64(nb.counts[l][w]+1) / float64(nb.totals[l]+len(nb.vocab)))
		}
		scores[l] = math.Round(s*1000) / 1000
		if s > bestScore {
			best, bestScore = l, s
		}
	}
	return best, scores
}

func main() {
	nb := &NB{map[string]int{}, map[string]map[string]int{}, map[string]int{}, map[string]bool{}}
	nb.Train("spam", "Win money now! Free money, free prizes.")
	nb.Train("spam", "Claim your FREE prize now")
	nb.Train("ham", "Meeting moved to Monday; see the notes.")
	nb.Train("ham", "Lunch on Monday? Notes attached.")
	for _, q := range []string{"free money", "monday notes", "prize meeting"} {
		label, scores := nb.Predict(q)
		fmt.Printf("%-14q -> %-4s %v\n", q, label, scores)
	}
	fmt.Println(len(nb.vocab), nb.totals, tokenize("It's 3 o'clock"))
}
