// Exercises: an inverted index map[string][]int built with strings.FieldsFunc, de-duplicated postings, AND queries by intersecting sorted slices, sorted key listing.
package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

type Index map[string][]int

func build(docs []string) Index {
	idx := Index{}
	for id, d := range docs {
		words := strings.FieldsFunc(strings.ToLower(d), func(r rune) bool { return !unicode.IsLetter(r) })
		for _, w := range words {
			p := idx[w]
			if len(p) == 0 || p[len(p)-1] != id {
				idx[w] = append(p, id)
			}
		}
	}
	return idx
}

func intersect(a, b []int) []int {
	var out []int
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			out = append(out, a[i])
			i, j = i+1, j+1
		}
	}
	return out
}

func (idx Index) query(q string) []int {
	terms := strings.Fields(strings.ToLower(q))
	res := idx[terms[0]]
	for _, t := range terms[1:] {
		res = intersect(res, idx[t])
	}
	return res
}

func main() {
	idx := build([]string{"The cat sat on the mat.", "A dog and a cat played.",
		"The dog sat; the dog slept!", "Cats and dogs: friends?"})
	keys := make([]string, 0, len(idx))
	for k := range idx {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys[:6] {
		fmt.Printf("%s:%v ", k, idx[k])
	}
	fmt.Println()
	for _, q := range []string{"cat", "dog sat", "the cat", "cats dogs", "bird"} {
		fmt.Printf("%q -> %v\n", q, idx.query(q))
	}
}
