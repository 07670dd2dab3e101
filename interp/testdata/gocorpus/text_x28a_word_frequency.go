package main

import (
	"bufio"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
	"unicode"
)

const text = `It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of
Darkness, it was the spring of hope, it was the winter of despair, we had
everything before us, we had nothing before us, we were all going direct to
Heaven, we were all going direct the other way - in short, the period was so
far like the present period, that some of its noisiest authorities insisted on
its being received, for good or for evil, in the superlative degree of
comparison only.`

type wordCount struct {
	word  string
	count int
}

func main() {
	counts := make(map[string]int)
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
		counts[w]++
		total++
	}
	var wcs []wordCount
	for w, c := range counts {
		wcs = append(wcs, wordCount{w, c})
	}
	sort.Slice(wcs, func(i, j int) bool {
		if wcs[i].count != wcs[j].count {
			return wcs[i].count > wcs[j].count
		}
		return wcs[i].word < wcs[j].word
	})
	fmt.Printf("%d words, %d distinct\n", total, len(counts))
	for i, wc := range wcs[:10] {
		fmt.Printf("%2d. %-8s %3d %s\n", i+1, wc.word, wc.count, strings.Repeat("*", wc.count))
	}

	byLen := map[int][]string{}
	for w := range counts {
		byLen[len(w)] = append(byLen[len(w)], w)
	}
	for _, l := range slices.Sorted(maps.Keys(byLen)) {
		ws := byLen[l]
		slices.Sort(ws)
		if len(ws) > 4 {
			ws = append(ws[:4], "...")
		}
		fmt.Printf("len %2d: %v\n", l, ws)
	}

	lines := 0
	longest := ""
	ls := bufio.NewScanner(strings.NewReader(text))
	for ls.Scan() {
		lines++
		if len(ls.Text()) > len(longest) {
			longest = ls.Text()
		}
	}
	fmt.Println("lines:", lines, "longest:", len(longest))
	letters := map[rune]int{}
	for _, r := range strings.ToLower(text) {
		if unicode.IsLetter(r) {
			letters[r]++
		}
	}
	top := slices.SortedFunc(maps.Keys(letters), func(a, b rune) int {
		if letters[a] != letters[b] {
			return letters[b] - letters[a]
		}
		return int(a - b)
	})
	fmt.Printf("top letters: %q\n", top[:5])
	fmt.Println(counts)
}
