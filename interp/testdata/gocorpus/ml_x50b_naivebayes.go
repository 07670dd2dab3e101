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

func (nb *NB) Train(label, text string) {
	nb.classCount[label]++
	if nb.wordCount[label] == nil {
		nb.wordCount[label] = map[string]int{}
	}
	for _, w := range strings.Fields(strings.ToLower(text)) {
		w = strings.Trim(w, ".,!?")
		nb.wordCount[label][w]++
		nb.totals[label]++
		nb.vocab[w] = struct{}{}
	}
}

func (nb *NB) Scores(text string) map[string]float64 {
	n := 0
	for _, c := range nb.classCount {
		n += c
	}
	out := map[string]float64{}
	for label, c := range nb.classCount {
		s := math.Log(float64(c) / float64(n))
		for _, w := range strings.Fields(strings.ToLower(text)) {
			w = strings.Trim(w, ".,!?")
			num := float64(nb.wordCount[label][w] + 1)
			den := float64(nb.totals[label] + len(nb.vocab))
			s += math.Log(num / den)
		}
		out[label] = s
	}
	return out
}

func main() {
	nb := NewNB()
	data := [][2]string{
		{"spam", "Win money now! Claim your free prize."},
		{"spam", "Free money, free offer, act now."},
		{"ham", "Meeting moved to Tuesday, see agenda."},
		{"ham", "Can you send the report before the meeting?"},
		{"spam", "Cheap offer just for you, win big."},
		{"ham", "Lunch tomorrow? I will send the agenda."},
	}
	for _, d := range data {
		nb.Train(d[0], d[1])
	}
	fmt.Println("vocab size:", len(nb.vocab))
	fmt.Println("class counts:", nb.classCount)
	tests := []string{"free money offer", "send the agenda for the meeting", "win a free lunch", "report now"}
	fmt.Printf("%-34s %10s %10s %s\n", "text", "ham", "spam", "pred")
	for _, t := range tests {
		sc := nb.Scores(t)
		labels := make([]string, 0, len(sc))
		for l := range sc {
			labels = append(labels, l)
		}
		sort.Slice(labels, func(i, j int) bool { return sc[labels[i]] > sc[labels[j]] })
		fmt.Printf("%-34q %10.4f %10.4f %s\n", t, sc["ham"], sc["spam"], labels[0])
	}
}
