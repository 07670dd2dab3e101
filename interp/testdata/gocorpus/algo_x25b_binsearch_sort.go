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

func (p Person) String() string { return fmt.Sprintf("%s: %d", p.Name, p.Age) }

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

func bsearch[T cmp.Ordered](xs []T, target T) int {
	lo, hi := 0, len(xs)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if xs[mid] < target {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo < len(xs) && xs[lo] == target {
		return lo
	}
	return -(lo + 1)
}

func mergeSort(xs []int) []int {
	if len(xs) <= 1 {
		return xs
	}
	m := len(xs) / 2
	l, r := mergeSort(xs[:m]), mergeSort(xs[m:])
	out := make([]int, 0, len(xs))
	i, j := 0, 0
	for i < len(l) && j < len(r) {
		if l[i] <= r[j] {
			out = append(out, l[i])
			i++
		} else {
			out = append(out, r[j])
			j++
		}
	}
	out = append(out, l[i:]...)
	return append(out, r[j:]...)
}

func main() {
	people := []Person{{"Bob", 31}, {"John", 42}, {"Michael", 17}, {"Jenny", 26}, {"Ann", 31}}
	fmt.Println(people)
	sort.Sort(ByAge(people))
	fmt.Println(people)
	sort.SliceStable(people, func(i, j int) bool { return people[i].Name > people[j].Name })
	fmt.Println(people)
	slices.SortStableFunc(people, func(a, b Person) int {
		return cmp.Or(cmp.Compare(a.Age, b.Age), strings.Compare(a.Name, b.Name))
	})
	fmt.Println(people)
	i, found := slices.BinarySearchFunc(people, 31, func(p Person, age int) int { return cmp.Compare(p.Age, age) })
	fmt.Println(i, found)
	xs := []int{38, 27, 43, 3, 9, 82, 10, 3}
	s := mergeSort(xs)
	fmt.Println(s, xs)
	for _, t := range []int{3, 10, 11, 100, -5} {
		fmt.Print(bsearch(s, t), " ")
	}
	fmt.Println()
	idx := sort.Search(len(s), func(i int) bool { return s[i] >= 40 })
	fmt.Println(idx, s[idx])
	names := []string{"pear", "Apple", "banana", "apple"}
	sort.Strings(names)
	fmt.Println(names, sort.SearchStrings(names, "banana"))
	slices.SortFunc(names, func(a, b string) int { return strings.Compare(strings.ToLower(a), strings.ToLower(b)) })
	fmt.Println(names, slices.IsSorted(names))
	fmt.Println(slices.Max(xs), slices.Min(xs), slices.Contains(xs, 82))
}
