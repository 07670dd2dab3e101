package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const text = `It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness.`

type wordCount struct {
	word  string
	count int
}

func tokenize(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r)
	})
}

func main() {
	counts := make(map[string]int)
	for _, w := range tokenize(text) {
		counts[w]++
	}
	var list []wordCount
	for w, c := range counts {
		list = append(list, wordCount{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].count != list[j].count {
			return list[i].count > list[j].count
		}
		return list[i].word < list[j].word
	})
	for _, wc := range list[:8] {
		fmt.Printf("%-12s %3d %s\n", wc.word, wc.count, strings.Repeat("*", wc.count))
	}
	byLen := map[int][]string{}
	for w := range counts {
		byLen[len(w)] = append(byLen[len(w)], w)
	}
	for _, ws := range byLen {
		sort.Strings(ws)
	}
	fmt.Println(byLen)
	fmt.Println("distinct:", len(counts))
}
