package main

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const text = `It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness.`

type wc struct {
	word  string
	count int
}

func main() {
	freq := make(map[string]int)
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Split(bufio.ScanWords)
	total := 0
	for sc.Scan() {
		w := strings.ToLower(strings.TrimFunc(sc.Text(), func(r rune) bool {
			return !unicode.IsLetter(r)
		}))
		if w == "" {
			continue
		}
		freq[w]++
		total++
	}
	list := make([]wc, 0, len(freq))
	for w, c := range freq {
		list = append(list, wc{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].count == list[j].count {
			return list[i].word < list[j].word
		}
		return list[i].count > list[j].count
	})
	fmt.Println("total words:", total, "distinct:", len(freq))
	for i, e := range list {
		if i == 8 {
			break
		}
		bar := strings.Repeat("#", e.count)
		fmt.Printf("%2d. %-8s %2d %s\n", i+1, e.word, e.count, bar)
	}
	lines := strings.Split(text, "\n")
	for n, l := range lines {
		fmt.Printf("line %d: %d chars, %d commas\n", n+1, len(l), strings.Count(l, ","))
	}
	byLen := map[int][]string{}
	for w := range freq {
		byLen[len(w)] = append(byLen[len(w)], w)
	}
	for _, ws := range byLen {
		sort.Strings(ws)
	}
	fmt.Println(byLen)
}
