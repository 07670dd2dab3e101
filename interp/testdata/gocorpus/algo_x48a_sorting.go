package main

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

func bubbleSort(a []int) int {
	swaps := 0
	for i := 0; i < len(a)-1; i++ {
		for j := 0; j < len(a)-1-i; j++ {
			if a[j] > a[j+1] {
				a[j], a[j+1] = a[j+1], a[j]
				swaps++
			}
		}
	}
	return swaps
}

func insertionSort(a []string) {
	for i := 1; i < len(a); i++ {
		key := a[i]
		j := i - 1
		for j >= 0 && a[j] > key {
			a[j+1] = a[j]
			j--
		}
		a[j+1] = key
	}
}

func binarySearch(a []int, x int) int {
	lo, hi := 0, len(a)-1
	for lo <= hi {
		mid := (lo + hi) / 2
		switch {
		case a[mid] == x:
			return mid
		case a[mid] < x:
			lo = mid + 1
		default:
			hi = mid - 1
		}
	}
	return -1
}

type Runner struct {
	Name string
	Time float64
	Age  int
}

func main() {
	nums := []int{64, 34, 25, 12, 22, 11, 90, 5}
	orig := slices.Clone(nums)
	fmt.Println("swaps:", bubbleSort(nums), nums, orig)
	words := strings.Fields("pear fig apple kiwi banana cherry")
	insertionSort(words)
	fmt.Println(words)
	for _, x := range []int{22, 90, 7} {
		i := binarySearch(nums, x)
		j, found := slices.BinarySearch(nums, x)
		fmt.Println(x, i, j, found, sort.SearchInts(nums, x))
	}
	runners := []Runner{{"Ann", 12.5, 30}, {"Ben", 11.9, 25}, {"Cid", 12.5, 22}, {"Dee", 13.1, 30}}
	sort.SliceStable(runners, func(i, j int) bool { return runners[i].Time < runners[j].Time })
	fmt.Println(runners)
	slices.SortFunc(runners, func(a, b Runner) int {
		if a.Age != b.Age {
			return b.Age - a.Age
		}
		return strings.Compare(a.Name, b.Name)
	})
	for i, r := range runners {
		fmt.Printf("%d. %-4s %5.1fs age %d\n", i+1, r.Name, r.Time, r.Age)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(orig)))
	fmt.Println(orig, slices.Max(orig), slices.Index(orig, 25), slices.Contains(words, "kiwi"))
}
