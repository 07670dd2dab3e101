package main

import (
	"bufio"
	"fmt"
	"os"
	"slices"
	"strings"
	"unicode"
)

const text = `It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair.`

type wordCount struct {
	Word  string
	Count int
}

func main() {
	stop := map[string]bool{"it": true, "was": true, "the": true, "of": true}
	counts := make(map[string]int)
	total := 0
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Split(bufio.ScanWords)
	for sc.Scan() {
		w := strings.ToLower(strings.TrimFunc(sc.Text(), func(r rune) bool {
			return !unicode.IsLetter(r)
		}))
		if w == "" {
			continue
		}
		total++
		if stop[w] {
			continue
		}
		counts[w]++
	}

	var wcs []wordCount
	for w, c := range counts {
		wcs = append(wcs, wordCount{w, c})
	}
	slices.SortFunc(wcs, func(a, b wordCount) int {
		if a.Count != b.Count {
			return b.Count - a.Count
		}
		return strings.Compare(a.Word, b.Word)
	})

	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	fmt.Fprintf(out, "total words: %d, distinct (no stopwords): %d\n", total, len(counts))
	maxC := wcs[0].Count
	for _, wc := range wcs[:6] {
		bar := strings.Repeat("#", wc.Count*20/maxC)
		fmt.Fprintf(out, "%-12s %2d %s\n", wc.Word, wc.Count, bar)
	}
	idx := slices.IndexFunc(wcs, func(w wordCount) bool { return w.Word == "hope" })
	fmt.Fprintf(out, "hope at %d: %+v\n", idx, wcs[idx])

	letters := map[rune]int{}
	for _, r := range strings.ToLower(text) {
		if unicode.IsLetter(r) {
			letters[r]++
		}
	}
	fmt.Fprintln(out, letters)
	lens := map[int][]string{}
	for w := range counts {
		lens[len(w)] = append(lens[len(w)], w)
	}
	for _, l := range []int{4, 5} {
		slices.Sort(lens[l])
		fmt.Fprintf(out, "len %d: %v\n", l, lens[l])
	}
}
