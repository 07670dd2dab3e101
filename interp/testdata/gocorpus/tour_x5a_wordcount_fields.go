// Exercises: word count with strings.Fields into map[string]int, printed with fmt (sorted keys) and compared by hand.
package main

import (
	"fmt"
	"strings"
)

func WordCount(s string) map[string]int {
	m := make(map[string]int)
	for _, w := range strings.Fields(s) {
		m[w]++
	}
	return m
}

func equal(a, b map[string]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if w, ok := b[k]; !ok || w != v {
			return false
		}
	}
	return true
}

func main() {
	for _, s := range []string{
		"I am learning Go!",
		"The quick brown fox jumped over the lazy dog.",
		"I ate a donut. Then I ate another donut.",
		"A man a plan a canal panama.",
	} {
		fmt.Println(WordCount(s))
	}
	fmt.Println(equal(WordCount("a b a"), map[string]int{"a": 2, "b": 1}))
	fmt.Println(equal(WordCount("a b a"), map[string]int{"a": 1, "b": 1}))
}
