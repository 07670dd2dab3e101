// Exercises: anagram keys by sorting runes, map[string][]string grouping, sorted output by group size then first word, passphrase validity
package main

import (
	"fmt"
	"sort"
	"strings"
)

const input = `eat tea tan ate nat bat
abcde fghij
abcde xyz ecdab
listen silent enlist google gogole`

func key(w string) string {
	r := []rune(w)
	sort.Slice(r, func(i, j int) bool { return r[i] < r[j] })
	return string(r)
}

func main() {
	valid := 0
	for _, line := range strings.Split(input, "\n") {
		groups := map[string][]string{}
		words := strings.Fields(line)
		for _, w := range words {
			k := key(w)
			groups[k] = append(groups[k], w)
		}
		if len(groups) == len(words) {
			valid++
		}
		keys := make([]string, 0)
		for k := range groups {
			keys = append(keys, k)
		}
		sort.Slice(keys, func(a, b int) bool {
			ga, gb := groups[keys[a]], groups[keys[b]]
			return len(ga) > len(gb) || len(ga) == len(gb) && ga[0] < gb[0]
		})
		for _, k := range keys {
			fmt.Print(groups[k], " ")
		}
		fmt.Println()
	}
	fmt.Println("valid:", valid)
	fmt.Println(map[string]int{"z": 1, "a": 2, "m": 3})
}
