package main

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"
)

type Person struct {
	First, Last string
	Age         int
}

type byAge []Person

func (a byAge) Len() int           { return len(a) }
func (a byAge) Less(i, j int) bool { return a[i].Age < a[j].Age }
func (a byAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func quicksort[T cmp.Ordered](xs []T) []T {
	if len(xs) < 2 {
		return xs
	}
	pivot := xs[len(xs)/2]
	var less, eq, more []T
	for _, x := range xs {
		switch {
		case x < pivot:
			less = append(less, x)
		case x > pivot:
			more = append(more, x)
		default:
			eq = append(eq, x)
		}
	}
	return append(append(quicksort(less), eq...), quicksort(more)...)
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
	people := []Person{{"Ann", "Lee", 31}, {"Bob", "Ray", 25}, {"Cat", "Lee", 25}, {"Dan", "Abe", 40}, {"Eve", "Ray", 31}}
	sort.Stable(byAge(people))
	fmt.Println(people)
	slices.SortStableFunc(people, func(a, b Person) int {
		return cmp.Or(cmp.Compare(a.Last, b.Last), cmp.Compare(b.Age, a.Age))
	})
	for _, p := range people {
		fmt.Printf("%s, %s (%d)\n", p.Last, p.First, p.Age)
	}
	fmt.Println(quicksort([]int{5, 3, 9, 1, 5, 7, 2}), quicksort(strings.Split("pear,fig,apple,kiwi", ",")))
	fmt.Println(mergeSort([]int{10, -1, 3, 3, 0, 8}))
	xs := []float64{2.5, -1, 3.25, 0}
	sort.Sort(sort.Reverse(sort.Float64Slice(xs)))
	fmt.Println(xs)
	ints := []int{1, 3, 5, 7, 9, 11}
	i := sort.SearchInts(ints, 7)
	j, found := slices.BinarySearch(ints, 8)
	fmt.Println(i, j, found, sort.IsSorted(sort.IntSlice(ints)))
	oldest := slices.MaxFunc(people, func(a, b Person) int { return a.Age - b.Age })
	fmt.Println(oldest)
	words := []string{"Banana", "apple", "cherry", "Apple"}
	slices.SortFunc(words, func(a, b string) int {
		return cmp.Compare(strings.ToLower(a), strings.ToLower(b))
	})
	fmt.Println(words)
}
