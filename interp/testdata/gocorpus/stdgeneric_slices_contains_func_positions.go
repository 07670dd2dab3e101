// Exercises: slices.ContainsFunc, slices.IndexFunc, slices.Clip, slices.Equal on strings.
package main

import (
	"fmt"
	"slices"
	"strings"
)

func main() {
	names := []string{"alice", "Bob", "carol", "Dave"}
	hasUpper := slices.ContainsFunc(names, func(s string) bool { return strings.ToUpper(s[:1]) == s[:1] })
	fmt.Println(hasUpper)
	i := slices.IndexFunc(names, func(s string) bool { return strings.HasPrefix(s, "c") })
	fmt.Println(i, names[i])
	lower := slices.Clone(names)
	for i := range lower {
		lower[i] = strings.ToLower(lower[i])
	}
	fmt.Println(slices.Equal(names, lower), lower)
	slices.SortFunc(names, func(a, b string) int { return strings.Compare(strings.ToLower(a), strings.ToLower(b)) })
	fmt.Println(names)
}
