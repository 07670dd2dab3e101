// Exercises: sort.Slice, sort.SliceStable with multi-key comparisons, sort.Search/SearchInts, sort.Strings, sort.Float64s.
package main

import (
	"fmt"
	"sort"
)

type record struct {
	dept   string
	name   string
	salary int
}

func main() {
	rs := []record{
		{"eng", "zoe", 120}, {"ops", "amy", 90}, {"eng", "bob", 120},
		{"ops", "cal", 95}, {"eng", "dan", 100}, {"hr", "eva", 70},
	}
	sort.SliceStable(rs, func(i, j int) bool { return rs[i].salary > rs[j].salary })
	for _, r := range rs {
		fmt.Print(r.name, " ")
	}
	fmt.Println()
	sort.SliceStable(rs, func(i, j int) bool { return rs[i].dept < rs[j].dept })
	for _, r := range rs {
		fmt.Printf("%s/%s/%d ", r.dept, r.name, r.salary)
	}
	fmt.Println()

	xs := []int{42, 7, 19, 3, 88, 19}
	sort.Ints(xs)
	i := sort.SearchInts(xs, 19)
	j := sort.Search(len(xs), func(k int) bool { return xs[k] > 50 })
	fmt.Println(xs, i, j, sort.SearchInts(xs, 20))

	words := []string{"pear", "Apple", "fig", "banana"}
	sort.Strings(words)
	fs := []float64{2.5, -1, 3.25, 0}
	sort.Float64s(fs)
	fmt.Println(words, fs)
	sort.Slice(words, func(i, j int) bool { return len(words[i]) < len(words[j]) })
	fmt.Println(words[0], sort.StringsAreSorted(words))
}
