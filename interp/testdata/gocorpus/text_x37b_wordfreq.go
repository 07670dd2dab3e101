// Word and character frequency counts with bufio.Scanner and unicode,
// after the exercises of sections 4.3 and 7.
package main

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

const text = `It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness, it was the
epoch of belief, it was the epoch of incredulity — it was the season of
Light, it was the season of Darkness; naïve café owners said “über”.`

func wordfreq(s string) map[string]int {
	counts := make(map[string]int)
	sc := bufio.NewScanner(strings.NewReader(s))
	sc.Split(bufio.ScanWords)
	for sc.Scan() {
		w := strings.ToLower(strings.TrimFunc(sc.Text(), func(r rune) bool {
			return !unicode.IsLetter(r)
		}))
		if w != "" {
			counts[w]++
		}
	}
	return counts
}

func charcount(s string) (map[rune]int, [utf8.UTFMax + 1]int, map[string]int) {
	counts := make(map[rune]int)
	var utflen [utf8.UTFMax + 1]int
	cats := map[string]int{}
	for _, r := range s {
		counts[r]++
		utflen[utf8.RuneLen(r)]++
		switch {
		case unicode.IsLetter(r):
			cats["letter"]++
		case unicode.IsSpace(r):
			cats["space"]++
		case unicode.IsPunct(r):
			cats["punct"]++
		default:
			cats["other"]++
		}
	}
	return counts, utflen, cats
}

type wc struct {
	word  string
	count int
}

func main() {
	counts := wordfreq(text)
	var list []wc
	for w, c := range counts {
		list = append(list, wc{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].count != list[j].count {
			return list[i].count > list[j].count
		}
		return list[i].word < list[j].word
	})
	for _, e := range list[:8] {
		fmt.Printf("%-8s %2d %s\n", e.word, e.count, strings.Repeat("*", e.count))
	}
	fmt.Println("distinct words:", len(list))

	runes, utflen, cats := charcount(text)
	fmt.Printf("len\tcount\n")
	for i, n := range utflen {
		if i > 0 {
			fmt.Printf("%d\t%d\n", i, n)
		}
	}
	fmt.Println(cats)
	var multi []rune
	for r := range runes {
		if r > unicode.MaxASCII {
			multi = append(multi, r)
		}
	}
	sort.Slice(multi, func(i, j int) bool { return multi[i] < multi[j] })
	for _, r := range multi {
		fmt.Printf("%q %U %d\n", r, r, runes[r])
	}
	fmt.Println(utf8.RuneCountInString(text), len(text))

	sc := bufio.NewScanner(strings.NewReader(text))
	line := 0
	for sc.Scan() {
		line++
		fmt.Printf("%d: %d words, %q...\n", line, len(strings.Fields(sc.Text())), sc.Text()[:12])
	}
}
