package main

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

func key(w string) string {
	b := []byte(w)
	slices.Sort(b)
	return string(b)
}

func main() {
	words := strings.Fields("eat tea tan ate nat bat tab")
	groups := map[string][]string{}
	for _, w := range words {
		k := key(w)
		groups[k] = append(groups[k], w)
	}
	var out [][]string
	for _, g := range groups {
		sort.Strings(g)
		out = append(out, g)
	}
	sort.Slice(out, func(i, j int) bool {
		if len(out[i]) != len(out[j]) {
			return len(out[i]) > len(out[j])
		}
		return out[i][0] < out[j][0]
	})
	fmt.Println(out, len(groups))
	freq := map[rune]int{}
	for _, r := range "mississippi" {
		freq[r]++
	}
	fmt.Println(freq)
}
