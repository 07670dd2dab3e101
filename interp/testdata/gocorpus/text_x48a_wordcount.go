package main

import (
	"fmt"
	"sort"
	"strings"
)

const text = `The quick brown fox jumps over the lazy dog.
The dog sleeps; the fox runs away! A fox is quick, a dog is lazy.`

func main() {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !(r >= 'a' && r <= 'z')
	})
	counts := make(map[string]int)
	for _, w := range words {
		counts[w]++
	}
	fmt.Println("total words:", len(words))
	fmt.Println("unique words:", len(counts))

	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if counts[keys[i]] != counts[keys[j]] {
			return counts[keys[i]] > counts[keys[j]]
		}
		return keys[i] < keys[j]
	})
	for i, k := range keys {
		if i == 6 {
			break
		}
		fmt.Printf("%-6s %2d %s\n", k, counts[k], strings.Repeat("*", counts[k]))
	}

	lines := strings.Split(text, "\n")
	for n, line := range lines {
		fmt.Printf("line %d: %d chars, %d words\n", n+1, len(line), len(strings.Fields(line)))
	}
	byLen := map[int][]string{}
	for _, k := range keys {
		byLen[len(k)] = append(byLen[len(k)], k)
	}
	for _, v := range byLen {
		sort.Strings(v)
	}
	fmt.Println(byLen)
}
