package main

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

type Version struct{ Major, Minor, Patch int }

func (v Version) String() string { return fmt.Sprintf("v%d.%d.%d", v.Major, v.Minor, v.Patch) }

func cmpVersion(a, b Version) int {
	if a.Major != b.Major {
		return a.Major - b.Major
	}
	if a.Minor != b.Minor {
		return a.Minor - b.Minor
	}
	return a.Patch - b.Patch
}

func main() {
	xs := []int{1, 3, 3, 3, 7, 9, 12, 15}
	for _, target := range []int{0, 3, 8, 15, 16} {
		i := sort.Search(len(xs), func(i int) bool { return xs[i] >= target })
		j, found := slices.BinarySearch(xs, target)
		fmt.Println(target, i, j, found, sort.SearchInts(xs, target))
	}
	// smallest k with k*k >= 2000
	k := sort.Search(1000, func(k int) bool { return k*k >= 2000 })
	fmt.Println("isqrt-ceil", k)

	vs := []Version{{1, 2, 3}, {1, 10, 0}, {0, 9, 9}, {1, 2, 10}, {2, 0, 0}}
	slices.SortFunc(vs, cmpVersion)
	fmt.Println(vs)
	i, ok := slices.BinarySearchFunc(vs, Version{1, 2, 10}, cmpVersion)
	fmt.Println(i, ok)

	words := strings.Fields("pear Apple banana apple Cherry fig")
	sort.Sort(sort.Reverse(sort.StringSlice(words)))
	fmt.Println(words)
	sort.SliceStable(words, func(i, j int) bool { return len(words[i]) < len(words[j]) })
	fmt.Println(words, sort.StringsAreSorted(words))
	idx := sort.SearchStrings([]string{"a", "c", "e"}, "d")
	fmt.Println(idx)
	fl := sort.Float64Slice{2.5, -1, 3.25, 0}
	fl.Sort()
	fmt.Println(fl, fl.Search(3))
}
