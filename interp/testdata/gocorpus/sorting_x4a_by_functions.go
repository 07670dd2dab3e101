// Exercises: sorting: slices.Sort, sort.Strings/Ints, slices.SortFunc with cmp.Compare, sort.Slice, sort.Sort on a custom type, stable sorting.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"
)

type byLength []string

func (s byLength) Len() int           { return len(s) }
func (s byLength) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }
func (s byLength) Less(i, j int) bool { return len(s[i]) < len(s[j]) }

type Person struct {
	name string
	age  int
}

func main() {
	strs := []string{"c", "a", "b"}
	slices.Sort(strs)
	fmt.Println("Strings:", strs)
	ints := []int{7, 2, 4}
	sort.Ints(ints)
	fmt.Println("Ints:   ", ints, sort.IntsAreSorted(ints))
	fruits := []string{"peach", "banana", "kiwi"}
	lenCmp := func(a, b string) int { return cmp.Compare(len(a), len(b)) }
	slices.SortFunc(fruits, lenCmp)
	fmt.Println(fruits)
	people := []Person{{"Jax", 37}, {"TJ", 25}, {"Alex", 72}, {"Bo", 25}}
	slices.SortStableFunc(people, func(a, b Person) int { return cmp.Compare(a.age, b.age) })
	fmt.Println(people)
	sort.Slice(people, func(i, j int) bool { return people[i].name < people[j].name })
	fmt.Println(people)
	words := byLength{"banana", "fig", "apple", "kiwi"}
	sort.Sort(words)
	fmt.Println(words)
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints)
	i := sort.SearchInts([]int{1, 3, 5, 7}, 5)
	fmt.Println(i, slices.Max(ints), slices.Min(ints))
	names := []string{"bob", "Alice", "carol"}
	slices.SortFunc(names, func(a, b string) int { return strings.Compare(strings.ToLower(a), strings.ToLower(b)) })
	fmt.Println(names)
	idx, found := slices.BinarySearch([]string{"a", "c", "e"}, "d")
	fmt.Println(idx, found)
}
