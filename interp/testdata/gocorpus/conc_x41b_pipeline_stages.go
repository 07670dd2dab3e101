package main

import (
	"fmt"
	"strings"
	"sync"
	"unicode"
)

type Doc struct {
	ID    int
	Text  string
	Words []string
	Score int
}

func source(texts []string) <-chan Doc {
	out := make(chan Doc)
	go func() {
		defer close(out)
		for i, t := range texts {
			out <- Doc{ID: i, Text: t}
		}
	}()
	return out
}

func stage(name string, workers int, in <-chan Doc, fn func(Doc) Doc) <-chan Doc {
	out := make(chan Doc)
	var wg sync.WaitGroup
	wg.Add(workers)
	for w := 0; w < workers; w++ {
		go func() {
			defer wg.Done()
			for d := range in {
				out <- fn(d)
			}
		}()
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	_ = name
	return out
}

func tokenize(d Doc) Doc {
	d.Words = strings.FieldsFunc(strings.ToLower(d.Text), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\''
	})
	return d
}

var stop = map[string]bool{"the": true, "a": true, "is": true, "of": true, "and": true}

func filterStop(d Doc) Doc {
	kept := d.Words[:0]
	for _, w := range d.Words {
		if !stop[w] {
			kept = append(kept, w)
		}
	}
	d.Words = kept
	return d
}

func score(d Doc) Doc {
	for _, w := range d.Words {
		d.Score += len(w)
	}
	return d
}

func main() {
	texts := []string{
		"The quick brown fox jumps over the lazy dog.",
		"Go is expressive, concise, clean, and efficient.",
		"A journey of a thousand miles begins with a single step!",
		"To be, or not to be: that is the question.",
		"It's the end of the world as we know it.",
	}
	pipeline := stage("score", 2, stage("filter", 3, stage("tokenize", 2, source(texts), tokenize), filterStop), score)
	results := make([]Doc, len(texts))
	for d := range pipeline {
		results[d.ID] = d
	}
	total := 0
	for _, d := range results {
		total += d.Score
		fmt.Printf("#%d score=%2d words=%v\n", d.ID, d.Score, d.Words)
	}
	fmt.Println("total:", total)

	var once sync.Once
	var mu sync.Mutex
	counts := map[string]int{}
	var wg sync.WaitGroup
	for _, d := range results {
		wg.Add(1)
		go func(words []string) {
			defer wg.Done()
			once.Do(func() { fmt.Println("first counter started") })
			mu.Lock()
			defer mu.Unlock()
			for _, w := range words {
				counts[w[:1]]++
			}
		}(d.Words)
	}
	wg.Wait()
	fmt.Println(counts)
}
