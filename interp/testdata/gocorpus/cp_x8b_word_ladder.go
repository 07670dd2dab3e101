// Exercises: word ladder BFS over []byte mutations, map[string]bool dictionary, parent map for path reconstruction, slices.Reverse
package main

import (
	"fmt"
	"slices"
	"strings"
)

const dict = `hot dot dog lot log cog hit cot cit`

func main() {
	words := map[string]bool{}
	for _, w := range strings.Fields(dict) {
		words[w] = true
	}
	start, goal := "hit", "cog"
	parent := map[string]string{start: ""}
	q := []string{start}
	for len(q) > 0 && parent[goal] == "" {
		w := q[0]
		q = q[1:]
		b := []byte(w)
		for i := range b {
			orig := b[i]
			for c := byte('a'); c <= 'z'; c++ {
				if c == orig {
					continue
				}
				b[i] = c
				nw := string(b)
				if _, done := parent[nw]; words[nw] && !done {
					parent[nw] = w
					q = append(q, nw)
				}
			}
			b[i] = orig
		}
	}
	var path []string
	for w := goal; w != ""; w = parent[w] {
		path = append(path, w)
	}
	slices.Reverse(path)
	fmt.Println(len(path), strings.Join(path, " -> "))
}
