package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const poem = `The quick brown fox jumps over the lazy dog.
The dog sleeps; the fox runs away!
A fox, a dog, and the end.`

type wordCount struct {
	word  string
	count int
}

func main() {
	words := strings.FieldsFunc(strings.ToLower(poem), func(r rune) bool {
		return !unicode.IsLetter(r)
	})
	counts := make(map[string]int)
	for _, w := range words {
		counts[w]++
	}

	var pairs []wordCount
	for w, c := range counts {
		pairs = append(pairs, wordCount{w, c})
	}
	sort.Slice(pairs, func(i, j int) bool {
		if pairs[i].count != pairs[j].count {
			return pairs[i].count > pairs[j].count
		}
		return pairs[i].word < pairs[j].word
	})

	fmt.Printf("total words: %d, unique: %d\n", len(words), len(counts))
	for i, p := range pairs {
		if i >= 5 {
			break
		}
		fmt.Printf("%-6s %3d %s\n", p.word, p.count, strings.Repeat("*", p.count))
	}

	lines := strings.Split(poem, "\n")
	for n, line := range lines {
		fmt.Printf("line %d: %q has %d chars\n", n+1, line, len(line))
	}
	fmt.Println(counts)
}
