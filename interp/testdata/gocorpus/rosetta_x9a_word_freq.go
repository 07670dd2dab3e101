// Exercises: word frequency with strings.FieldsFunc, map counting, sort.SliceStable by count then word
package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const text = `It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair.`

type wc struct {
	word  string
	count int
}

func main() {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\''
	})
	freq := make(map[string]int)
	for _, w := range words {
		freq[w]++
	}
	list := make([]wc, 0, len(freq))
	for w, c := range freq {
		list = append(list, wc{w, c})
	}
	sort.Slice(list, func(i, j int) bool { return list[i].word < list[j].word })
	sort.SliceStable(list, func(i, j int) bool { return list[i].count > list[j].count })
	for i, e := range list[:8] {
		fmt.Printf("%2d. %-8s %3d %s\n", i+1, e.word, e.count, strings.Repeat("#", e.count))
	}
	fmt.Println(len(words), len(freq), freq["despair"], freq["nothing"])
	fmt.Printf("%v\n", list[len(list)-1])
}
