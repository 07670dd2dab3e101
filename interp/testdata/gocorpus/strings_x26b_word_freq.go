package main

import (
	"bufio"
	"fmt"
	"slices"
	"strings"
	"unicode"
)

const text = `It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity;
It was the season of Light -- it was the season of Darkness!`

type kv struct {
	word string
	n    int
}

func topN(counts map[string]int, n int) []kv {
	var out []kv
	for w, c := range counts {
		out = append(out, kv{w, c})
	}
	slices.SortFunc(out, func(a, b kv) int {
		if a.n != b.n {
			return b.n - a.n
		}
		return strings.Compare(a.word, b.word)
	})
	if len(out) > n {
		out = out[:n]
	}
	return out
}

func main() {
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Split(bufio.ScanWords)
	counts := map[string]int{}
	lengths := map[int][]string{}
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
	fmt.Println("words:", total, "distinct:", len(counts))
	for i, p := range topN(counts, 6) {
		fmt.Printf("%d. %-6s %s %d\n", i+1, p.word, strings.Repeat("*", p.n), p.n)
	}
	fmt.Println(lengths)
	longest := slices.MaxFunc(slices.Collect(func(yield func(string) bool) {
		for w := range counts {
			if !yield(w) {
				return
			}
		}
	}), func(a, b string) int {
		if len(a) != len(b) {
			return len(a) - len(b)
		}
		return strings.Compare(b, a)
	})
	fmt.Println("longest:", longest)
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		fields := strings.FieldsFunc(l, func(r rune) bool { return r == ',' || r == ';' || r == '!' })
		fmt.Println(i, len(fields), strings.TrimSpace(fields[len(fields)-1]))
	}
	fmt.Println(counts["it"], counts["times"], counts["missing"])
}
