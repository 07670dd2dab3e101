// Exercises: maps of slices (append to a nil entry), maps of structs modified by reassigning a copy, maps of pointers modified in place, grouping and counting with sorted output.
package main

import (
	"fmt"
	"sort"
)

type Score struct {
	Games int
	Total int
}

func main() {
	words := []string{"apple", "avocado", "banana", "blueberry", "cherry", "apricot"}
	byLetter := map[byte][]string{}
	for _, w := range words {
		byLetter[w[0]] = append(byLetter[w[0]], w)
	}
	letters := make([]int, 0)
	for l := range byLetter {
		letters = append(letters, int(l))
	}
	sort.Ints(letters)
	for _, l := range letters {
		fmt.Printf("%c:%v ", l, byLetter[byte(l)])
	}
	fmt.Println()

	scores := map[string]Score{}
	results := []struct {
		who string
		pts int
	}{{"ann", 3}, {"bob", 1}, {"ann", 5}, {"cid", 0}, {"bob", 4}}
	for _, r := range results {
		s := scores[r.who] // a copy: map elements are not addressable
		s.Games++
		s.Total += r.pts
		scores[r.who] = s
	}
	fmt.Println(scores)

	ptrs := map[string]*Score{}
	for _, r := range results {
		if ptrs[r.who] == nil {
			ptrs[r.who] = &Score{}
		}
		ptrs[r.who].Games++
		ptrs[r.who].Total += r.pts
	}
	fmt.Println(*ptrs["ann"], *ptrs["bob"], len(ptrs))

	matrix := map[string]map[string]int{}
	add := func(a, b string) {
		if matrix[a] == nil {
			matrix[a] = map[string]int{}
		}
		matrix[a][b]++
	}
	add("x", "y")
	add("x", "y")
	add("x", "z")
	add("y", "x")
	fmt.Println(matrix, len(matrix["nope"]))
	delete(scores, "bob")
	delete(scores, "nobody")
	fmt.Println(len(scores), scores["bob"])
}
