package main

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"
)

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

func main() {
	strs := []string{"c", "a", "b"}
	slices.Sort(strs)
	fmt.Println("Strings:", strs)

	ints := []int{7, 2, 4}
	slices.Sort(ints)
	fmt.Println("Ints:   ", ints)
	fmt.Println("Sorted: ", slices.IsSorted(ints))

	fruits := []string{"peach", "banana", "kiwi"}
	lenCmp := func(a, b string) int {
		return cmp.Compare(len(a), len(b))
	}
	slices.SortFunc(fruits, lenCmp)
	fmt.Println(fruits)

	people := []Person{
		{"Jax", 37}, {"TJ", 25}, {"Alex", 72}, {"Bo", 25},
	}
	slices.SortStableFunc(people, func(a, b Person) int {
		return cmp.Compare(a.Age, b.Age)
	})
	fmt.Println(people)

	ps := []Person{{"Zed", 30}, {"amy", 30}, {"Bob", 19}}
	sort.Sort(sort.Reverse(ByAge(ps)))
	fmt.Println(ps)
	sort.Slice(ps, func(i, j int) bool {
		return strings.ToLower(ps[i].Name) < strings.ToLower(ps[j].Name)
	})
	fmt.Println(ps)

	slices.SortFunc(ps, func(a, b Person) int {
		return cmp.Or(cmp.Compare(b.Age, a.Age), strings.Compare(a.Name, b.Name))
	})
	fmt.Printf("%+v\n", ps)

	idx, found := slices.BinarySearch(ints, 4)
	fmt.Println(idx, found)
	i := sort.SearchInts([]int{1, 3, 5, 7}, 6)
	fmt.Println(i)
	fl := []float64{2.5, -1, 3.25}
	sort.Float64s(fl)
	fmt.Println(fl, slices.Max(fl), slices.Min(ints))
	words := strings.Fields("the quick brown fox jumps over the lazy dog")
	slices.Sort(words)
	fmt.Println(slices.Compact(words))
	fmt.Println(slices.IndexFunc(people, func(p Person) bool { return p.Age > 50 }))
}
