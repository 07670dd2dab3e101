package main

import (
	"bufio"
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode"
)

const text = `It is a truth universally acknowledged, that a single man in
possession of a good fortune, must be in want of a wife. However little known
the feelings or views of such a man may be on his first entering a
neighbourhood, this truth is so well fixed in the minds of the surrounding
families, that he is considered the rightful property of some one or other
of their daughters.`

type WordCount struct {
	Word  string
	Count int
}

func main() {
	counts := make(map[string]int)
	lengths := map[int][]string{}
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Split(bufio.ScanWords)
	total := 0
	for sc.Scan() {
		w := strings.ToLower(strings.TrimFunc(sc.Text(), func(r rune) bool { return !unicode.IsLetter(r) }))
		if w == "" {
			continue
		}
		total++
		if counts[w] == 0 {
			lengths[len(w)] = append(lengths[len(w)], w)
		}
		counts[w]++
	}
	var wc []WordCount
	for w, c := range counts {
		wc = append(wc, WordCount{w, c})
	}
	slices.SortFunc(wc, func(a, b WordCount) int {
		if a.Count != b.Count {
			return b.Count - a.Count
		}
		return strings.Compare(a.Word, b.Word)
	})
	fmt.Println("total words:", total, "distinct:", len(counts))
	for _, x := range wc[:8] {
		fmt.Printf("%-6s %d %s\n", x.Word, x.Count, strings.Repeat("*", x.Count))
	}
	keys := slices.Sorted(maps.Keys(lengths))
	for _, k := range keys {
		ws := lengths[k]
		slices.Sort(ws)
		if len(ws) > 5 {
			ws = ws[:5]
		}
		fmt.Printf("len %2d: %v\n", k, ws)
	}
	fmt.Println(maps.Collect(func(yield func(string, int) bool) {
		for _, x := range wc[:3] {
			if !yield(x.Word, len(x.Word)) {
				return
			}
		}
	}))
	byFirst := map[rune]int{}
	for w, c := range counts {
		byFirst[[]rune(w)[0]] += c
	}
	fmt.Println(byFirst)
}
