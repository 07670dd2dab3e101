package main

import (
	"fmt"
	"strings"
)

type Record struct {
	ID     int
	Text   string
	Tokens []string
	Score  float64
}

func source(texts []string) <-chan Record {
	out := make(chan Record)
	go func() {
		defer close(out)
		for i, t := range texts {
			out <- Record{ID: i, Text: t}
		}
	}()
	return out
}

func tokenize(in <-chan Record) <-chan Record {
	out := make(chan Record)
	go func() {
		defer close(out)
		for r := range in {
			r.Tokens = strings.Fields(strings.ToLower(r.Text))
			out <- r
		}
	}()
	return out
}

func score(in <-chan Record, lexicon map[string]float64) <-chan Record {
	out := make(chan Record, 2)
	go func() {
		defer close(out)
		for r := range in {
			for _, t := range r.Tokens {
				r.Score += lexicon[strings.Trim(t, ".!,")]
			}
			out <- r
		}
	}()
	return out
}

func main() {
	lex := map[string]float64{"good": 1, "great": 2, "bad": -1, "awful": -2, "not": -0.5, "love": 1.5}
	texts := []string{
		"Great model, love it!",
		"Bad accuracy. Awful.",
		"not good, not bad",
		"The loss went down",
	}
	done := make(chan struct{})
	results := make(map[int]Record)
	go func() {
		for r := range score(tokenize(source(texts)), lex) {
			results[r.ID] = r
		}
		close(done)
	}()
	select {
	case <-done:
	}
	for i := range texts {
		r := results[i]
		label := "neutral"
		switch {
		case r.Score > 0:
			label = "positive"
		case r.Score < 0:
			label = "negative"
		}
		fmt.Printf("%d %-25q tokens=%d score=%+.1f %s\n", r.ID, r.Text, len(r.Tokens), r.Score, label)
	}
}
