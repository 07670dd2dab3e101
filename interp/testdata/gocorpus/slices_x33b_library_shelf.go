package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Book struct {
	Title string
	Pages int
	Genre string
}

func main() {
	shelf := []Book{
		{"Dune", 412, "scifi"},
		{"Emma", 474, "classic"},
		{"Ubik", 202, "scifi"},
		{"Beloved", 324, "literary"},
		{"Persuasion", 249, "classic"},
	}
	titles := func(bs []Book) []string {
		out := make([]string, len(bs))
		for i, b := range bs {
			out[i] = b.Title
		}
		return out
	}
	fmt.Println(titles(shelf))

	shelf = slices.Insert(shelf, 2, Book{"Solaris", 204, "scifi"})
	shelf = slices.Delete(shelf, 4, 5)
	fmt.Println(titles(shelf), len(shelf))

	byPages := slices.Clone(shelf)
	slices.SortStableFunc(byPages, func(a, b Book) int { return a.Pages - b.Pages })
	fmt.Println(titles(byPages))
	fmt.Println(titles(shelf))

	i, found := slices.BinarySearchFunc(byPages, 300, func(b Book, p int) int { return b.Pages - p })
	fmt.Println("insert 300 pages at", i, found)

	genres := make([]string, 0, len(shelf))
	for _, b := range shelf {
		genres = append(genres, b.Genre)
	}
	slices.Sort(genres)
	fmt.Println(genres, slices.Compact(slices.Clone(genres)))

	counts := map[string]int{}
	for _, g := range genres {
		counts[g]++
	}
	fmt.Println(counts, slices.Sorted(maps.Keys(counts)))
	inverted := map[int][]string{}
	for _, g := range slices.Sorted(maps.Keys(counts)) {
		inverted[counts[g]] = append(inverted[counts[g]], g)
	}
	fmt.Println(inverted)

	rev := slices.Clone(titles(shelf))
	slices.Reverse(rev)
	fmt.Println(rev, slices.Equal(rev, titles(shelf)))
	fmt.Println(slices.ContainsFunc(shelf, func(b Book) bool { return b.Pages > 450 }),
		slices.IndexFunc(shelf, func(b Book) bool { return strings.HasPrefix(b.Title, "P") }))
	long := slices.DeleteFunc(slices.Clone(shelf), func(b Book) bool { return b.Pages < 300 })
	fmt.Printf("%v\n", long)
	fmt.Println(slices.Repeat([]string{"-"}, 3), slices.Concat([]int{1}, []int{2, 3}, nil, []int{4}))
	grid := [][]int{{3, 1}, {2}, {}}
	flat := slices.Concat(grid...)
	slices.Sort(flat)
	fmt.Println(flat, cap(slices.Grow(flat, 10)) >= 13, slices.Clip(flat))
	m1 := map[string]int{"a": 1, "b": 2}
	m2 := maps.Clone(m1)
	m2["c"] = 3
	maps.DeleteFunc(m2, func(k string, v int) bool { return v == 1 })
	fmt.Println(maps.Equal(m1, m2), m1, m2)
	maps.Copy(m1, m2)
	fmt.Println(m1)
	pos, ok := slices.BinarySearch([]string{"ant", "bee", "cat"}, "bee")
	fmt.Println(pos, ok, slices.Min([]float64{2.5, -1, 3}))
}
