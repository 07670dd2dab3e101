package main

import (
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"
)

type Frequency map[string]int

var wordRE = regexp.MustCompile(`[a-z0-9]+(?:'[a-z0-9]+)*`)

func WordCount(phrase string) Frequency {
	f := Frequency{}
	for _, w := range wordRE.FindAllString(strings.ToLower(phrase), -1) {
		f[w]++
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

func merge(fs ...Frequency) Frequency {
	out := Frequency{}
	for _, f := range fs {
		for k, v := range f {
			out[k] += v
		}
	}
	return out
}

func main() {
	phrases := []string{
		"one fish two fish red fish blue fish",
		"Joe can't tell between 'large' and large.",
		"First: don't laugh. Then: don't cry. You're getting it.",
		"  multiple   whitespaces\tand\nnewlines ",
		"car: carpet as java: javascript!!&@$%^&",
		"testing, 1, 2 testing",
	}
	var all []Frequency
	for _, p := range phrases {
		f := WordCount(p)
		all = append(all, f)
		fmt.Println(f)
	}
	m := merge(all...)
	fmt.Println(len(m), m.Top(5))
	fmt.Println(maps.Equal(WordCount("a A a"), Frequency{"a": 3}))
	inverted := map[int][]string{}
	for _, k := range slices.Sorted(maps.Keys(m)) {
		inverted[m[k]] = append(inverted[m[k]], k)
	}
	for _, n := range slices.Backward(slices.Sorted(maps.Keys(inverted))) {
		if n < 2 {
			break
		}
		fmt.Println(n, inverted[n])
	}
	clone := maps.Clone(m)
	maps.DeleteFunc(clone, func(k string, v int) bool { return v < 2 || len(k) < 3 })
	fmt.Println(clone)
}
