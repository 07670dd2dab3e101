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
it was the epoch of belief, it was the epoch of incredulity.`

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
		w := strings.ToLower(strings.TrimFunc(sc.Text(), func(r rune) bool { return !unicode.IsLetter(r) }))
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
		if list[i].count != list[j].count {
			return list[i].count > list[j].count
		}
		return list[i].word < list[j].word
	})
	fmt.Println("total words:", total, "unique:", len(list))
	for _, e := range list[:6] {
		bar := strings.Repeat("*", e.count)
		fmt.Printf("%-8s %2d %s\n", e.word, e.count, bar)
	}
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		fmt.Printf("%d: %d chars, %d commas, starts %q\n", i+1, len(l), strings.Count(l, ","), strings.SplitN(l, " ", 3)[:2])
	}
	letters := map[rune]int{}
	for _, r := range strings.ToLower(text) {
		if unicode.IsLetter(r) {
			letters[r]++
		}
	}
	fmt.Println(letters)
	r := strings.NewReplacer("was", "is", "times", "days")
	fmt.Println(r.Replace(lines[0]))
	fmt.Println(strings.Title("x"), strings.Fields(" a  b\tc\n"), strings.TrimLeft("xxhixx", "x"), strings.TrimSuffix("file.go", ".go"))
	b, a, found := strings.Cut("key=value=x", "=")
	fmt.Println(b, a, found)
}
