// Exercises: anagram classes by sorted-letter keys, sort.Slice with tie-breaks, map of slices
package main

import (
	"fmt"
	"sort"
	"strings"
)

func key(w string) string {
	b := []byte(strings.ToLower(w))
	sort.Slice(b, func(i, j int) bool { return b[i] < b[j] })
	return string(b)
}

func main() {
	words := strings.Fields(`listen silent enlist google elgoog inlets banana
		abel able bale bela elba evil vile live veil alert alter later angel glean`)
	classes := map[string][]string{}
	for _, w := range words {
		k := key(w)
		classes[k] = append(classes[k], w)
	}
	var groups [][]string
	for _, g := range classes {
		if len(g) > 1 {
			sort.Strings(g)
			groups = append(groups, g)
		}
	}
	sort.Slice(groups, func(i, j int) bool {
		if len(groups[i]) != len(groups[j]) {
			return len(groups[i]) > len(groups[j])
		}
		return groups[i][0] < groups[j][0]
	})
	for _, g := range groups {
		fmt.Println(len(g), strings.Join(g, " "))
	}
	fmt.Println(len(classes), classes["aaabnn"])
}
