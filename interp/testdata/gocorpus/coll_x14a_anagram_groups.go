package main

import (
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"
)

func signature(w string) string {
	r := []rune(strings.ToLower(w))
	slices.Sort(r)
	return string(r)
}

func Detect(subject string, candidates []string) []string {
	var out []string
	sub := strings.ToLower(subject)
	sig := signature(subject)
	for _, c := range candidates {
		if strings.ToLower(c) != sub && signature(c) == sig {
			out = append(out, c)
		}
	}
	return out
}

func Group(words []string) [][]string {
	groups := map[string][]string{}
	for _, w := range words {
		s := signature(w)
		groups[s] = append(groups[s], w)
	}
	var out [][]string
	for _, k := range slices.Sorted(maps.Keys(groups)) {
		g := groups[k]
		sort.Strings(g)
		out = append(out, g)
	}
	sort.SliceStable(out, func(i, j int) bool { return len(out[i]) > len(out[j]) })
	return out
}

func main() {
	fmt.Println(Detect("listen", []string{"enlists", "google", "inlets", "banana", "Silent", "LISTEN", "tinsel"}))
	fmt.Println(Detect("ΑΒΓ", []string{"ΒΓΑ", "ΒΓΔ", "γβα", "αβγ"}))
	fmt.Println(Detect("go", []string{"go", "Go", "GO"}) == nil)
	words := strings.Fields("evil vile live veil stop pots tops spot opts post meat team mate tame cat act dog god odg")
	for i, g := range Group(words) {
		fmt.Printf("%d: %v (%d)\n", i, g, len(g))
	}
	fmt.Println(signature("Hello, 世界"), utf8.RuneCountInString(signature("Hello, 世界")))
}
