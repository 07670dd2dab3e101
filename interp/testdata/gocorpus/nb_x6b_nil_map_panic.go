// Exercises: student forgets to make a map inside a struct: prints first, then panics writing to a nil map
package main

import (
	"fmt"
	"strings"
)

type Vocab struct {
	Counts map[string]int
	Total  int
}

func countWords(v *Vocab, text string) {
	for _, w := range strings.Fields(text) {
		v.Total++
		v.Counts[w]++ // v.Counts was never made
	}
}

func newVocab() *Vocab {
	return &Vocab{Counts: make(map[string]int)}
}

func main() {
	good := newVocab()
	countWords(good, "the cat sat on the mat")
	fmt.Println(good.Total, good.Counts["the"], len(good.Counts))
	var empty Vocab
	fmt.Println(empty.Counts == nil, empty.Counts["x"], len(empty.Counts))
	fmt.Println("counting into an empty Vocab...")
	countWords(&empty, "oops here")
	fmt.Println("never printed")
}
