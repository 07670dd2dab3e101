// Exercises: passing method values as callbacks to other functions.
package main

import (
	"fmt"
	"sort"
)

type Registry struct {
	seen []string
}

func (r *Registry) Record(s string) { r.seen = append(r.seen, s) }

func forEach(items []string, f func(string)) {
	for _, it := range items {
		f(it)
	}
}

type byLen []string

func (b byLen) less(i, j int) bool { return len(b[i]) < len(b[j]) }

func main() {
	r := &Registry{}
	forEach([]string{"gamma", "pi", "alpha"}, r.Record)
	fmt.Println(r.seen)
	words := byLen{"banana", "fig", "apple", "kiwi"}
	sort.SliceStable(words, words.less)
	fmt.Println(words)
}
