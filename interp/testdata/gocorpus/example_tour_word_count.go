// Exercises: tour-style exercise - WordCount returning a map of word frequencies.
package main

import (
	"fmt"
	"strings"
)

func WordCount(s string) map[string]int {
	counts := make(map[string]int)
	for _, w := range strings.Fields(s) {
		counts[w]++
	}
	return counts
}

func main() {
	tests := []string{
		"I am learning Go!",
		"The quick brown fox jumped over the lazy dog.",
		"I ate a donut. Then I ate another donut.",
		"A man a plan a canal panama.",
	}
	for _, t := range tests {
		fmt.Printf("%q\n  %v\n", t, WordCount(t))
	}
}
