package main

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const corpus = `It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity.
`

type wordCount struct {
	word  string
	count int
}

func main() {
	sc := bufio.NewScanner(strings.NewReader(corpus))
	sc.Split(bufio.ScanWords)
	freq := map[string]int{}
	total := 0
	for sc.Scan() {
		w := strings.ToLower(strings.TrimFunc(sc.Text(), func(r rune) bool { return !unicode.IsLetter(r) }))
		if w == "" {
			continue
		}
		freq[w]++
		total++
	}
	var wcs []wordCount
	for w, c := range freq {
		wcs = append(wcs, wordCount{w, c})
	}
	sort.Slice(wcs, func(i, j int) bool {
		if wcs[i].count != wcs[j].count {
			return wcs[i].count > wcs[j].count
		}
		return wcs[i].word < wcs[j].word
	})
	fmt.Println("total words:", total, "distinct:", len(freq))
	for _, wc := range wcs[:6] {
		bar := strings.Repeat("#", wc.count)
		fmt.Printf("%-8s %2d %s\n", wc.word, wc.count, bar)
	}

	lines := bufio.NewScanner(strings.NewReader(corpus))
	n := 0
	for lines.Scan() {
		n++
		fmt.Printf("%d: %d chars, %d commas\n", n, len(lines.Text()), strings.Count(lines.Text(), ","))
	}

	byLen := map[int][]string{}
	for w := range freq {
		byLen[len(w)] = append(byLen[len(w)], w)
	}
	for _, ws := range byLen {
		sort.Strings(ws)
	}
	fmt.Println(byLen)

	rs := bufio.NewReader(strings.NewReader("first line\nsecond"))
	for {
		line, err := rs.ReadString('\n')
		fmt.Printf("%q err=%v\n", line, err)
		if err != nil {
			break
		}
	}
}
