package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"
)

func levenshtein(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

func suggest(word string, dict []string, maxDist int) []string {
	type cand struct {
		w string
		d int
	}
	var cs []cand
	for _, d := range dict {
		if dist := levenshtein(word, d); dist <= maxDist {
			cs = append(cs, cand{d, dist})
		}
	}
	sort.Slice(cs, func(i, j int) bool {
		if cs[i].d != cs[j].d {
			return cs[i].d < cs[j].d
		}
		return cs[i].w < cs[j].w
	})
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = fmt.Sprintf("%s(%d)", c.w, c.d)
	}
	return out
}

func wrap(text string, width int) []string {
	var lines []string
	var line []string
	n := 0
	for _, w := range strings.Fields(text) {
		wl := utf8.RuneCountInString(w)
		if n > 0 && n+1+wl > width {
			lines = append(lines, strings.Join(line, " "))
			line, n = nil, 0
		}
		if n > 0 {
			n++
		}
		line = append(line, w)
		n += wl
	}
	if len(line) > 0 {
		lines = append(lines, strings.Join(line, " "))
	}
	return lines
}

func justify(line string, width int) string {
	words := strings.Fields(line)
	if len(words) < 2 {
		return line
	}
	gaps := len(words) - 1
	spaces := width - utf8.RuneCountInString(strings.Join(words, ""))
	var b strings.Builder
	for i, w := range words {
		b.WriteString(w)
		if i < gaps {
			n := spaces / gaps
			if i < spaces%gaps {
				n++
			}
			b.WriteString(strings.Repeat(" ", n))
		}
	}
	return b.String()
}

func main() {
	dict := strings.Fields("apple apply ample maple angle apples applet happy sample")
	for _, w := range []string{"appel", "aple", "zzz", "sampel"} {
		fmt.Println(w, suggest(w, dict, 2))
	}
	fmt.Println(levenshtein("kitten", "sitting"), levenshtein("", "abc"), levenshtein("ñandú", "nandu"))
	text := "The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs; café naïve résumé."
	for _, l := range wrap(text, 24) {
		fmt.Printf("|%-24s|%s|\n", l, justify(l, 24))
	}
}
