package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const corpus = `It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity.`

type wordCount struct {
	Word  string
	Count int
}

func tokenize(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\''
	})
}

func main() {
	counts := make(map[string]int)
	for _, w := range tokenize(corpus) {
		counts[w]++
	}
	list := make([]wordCount, 0, len(counts))
	for w, c := range counts {
		list = append(list, wordCount{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].Count != list[j].Count {
			return list[i].Count > list[j].Count
		}
		return list[i].Word < list[j].Word
	})
	total := 0
	for _, wc := range list {
		total += wc.Count
	}
	fmt.Printf("%d words, %d distinct\n", total, len(list))
	for i, wc := range list {
		if i >= 8 {
			break
		}
		bar := strings.Repeat("#", wc.Count)
		fmt.Printf("%-8s %3d %5.1f%% %s\n", wc.Word, wc.Count, 100*float64(wc.Count)/float64(total), bar)
	}
	fmt.Println(list[0])
	fmt.Printf("%+v\n", list[len(list)-1])
}
