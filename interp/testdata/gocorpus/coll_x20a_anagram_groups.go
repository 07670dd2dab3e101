package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

func key(w string) string {
	r := []rune(strings.ToLower(w))
	slices.Sort(r)
	return string(r)
}

type counts [26]int

func letterCounts(w string) counts {
	var c counts
	for _, ch := range strings.ToLower(w) {
		if ch >= 'a' && ch <= 'z' {
			c[ch-'a']++
		}
	}
	return c
}

func main() {
	words := []string{"listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog", "God", "inlets"}
	groups := map[string][]string{}
	for _, w := range words {
		k := key(w)
		groups[k] = append(groups[k], w)
	}
	for _, k := range slices.Sorted(maps.Keys(groups)) {
		fmt.Printf("%-8s -> %v\n", k, groups[k])
	}
	byCounts := make(map[counts][]string)
	for _, w := range words {
		c := letterCounts(w)
		byCounts[c] = append(byCounts[c], w)
	}
	sizes := []int{}
	for _, g := range byCounts {
		sizes = append(sizes, len(g))
	}
	slices.Sort(sizes)
	slices.Reverse(sizes)
	fmt.Println("group sizes:", sizes)
	fmt.Println(letterCounts("listen") == letterCounts("Silent"))
	biggest := slices.MaxFunc(slices.Collect(maps.Values(groups)), func(a, b []string) int {
		if len(a) != len(b) {
			return len(a) - len(b)
		}
		return strings.Compare(b[0], a[0])
	})
	fmt.Println("biggest:", biggest)
}
