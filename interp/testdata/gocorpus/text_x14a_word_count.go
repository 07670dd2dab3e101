package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode"
)

type Frequency map[string]int

func WordCount(phrase string) Frequency {
	f := Frequency{}
	words := strings.FieldsFunc(strings.ToLower(phrase), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\''
	})
	for _, w := range words {
		w = strings.Trim(w, "'")
		if w != "" {
			f[w]++
		}
	}
	return f
}

func (f Frequency) Top(n int) []string {
	keys := slices.Collect(maps.Keys(f))
	slices.SortFunc(keys, func(a, b string) int {
		if f[a] != f[b] {
			return f[b] - f[a]
		}
		return strings.Compare(a, b)
	})
	if len(keys) > n {
		keys = keys[:n]
	}
	return keys
}

func main() {
	phrases := []string{
		"one fish two fish red fish blue fish",
		"car: carpet as java: javascript!!&@$%^&",
		"Joe can't tell between 'large' and large.",
		"testing, 1, 2 testing",
		"  multiple   whitespaces\tand\nlines ",
		"First: don't laugh. Then: don't cry. You're getting it.",
	}
	total := Frequency{}
	for _, p := range phrases {
		wc := WordCount(p)
		fmt.Println(wc)
		for k, v := range wc {
			total[k] += v
		}
	}
	fmt.Println(len(total), total.Top(5))
	for _, w := range total.Top(3) {
		fmt.Printf("%-8s %s\n", w, strings.Repeat("*", total[w]))
	}
}
