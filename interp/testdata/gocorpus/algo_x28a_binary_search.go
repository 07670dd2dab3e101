package main

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

func searchRecursive(a []int, v, lo, hi int) int {
	if hi < lo {
		return -1
	}
	mid := lo + (hi-lo)/2
	switch {
	case a[mid] > v:
		return searchRecursive(a, v, lo, mid-1)
	case a[mid] < v:
		return searchRecursive(a, v, mid+1, hi)
	}
	return mid
}

func searchIterative(a []int, v int) (int, bool) {
	lo, hi := 0, len(a)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if a[mid] < v {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo, lo < len(a) && a[lo] == v
}

// integer square root by bisection on the answer
func isqrt(n int) int {
	return sort.Search(n+1, func(x int) bool { return x*x > n }) - 1
}

type Person struct {
	Name string
	Age  int
}

func main() {
	a := []int{1, 3, 4, 7, 9, 11, 11, 11, 15, 20, 33}
	for _, v := range []int{1, 11, 12, 33, 0, 40} {
		r := searchRecursive(a, v, 0, len(a)-1)
		i, found := searchIterative(a, v)
		j, ok := slices.BinarySearch(a, v)
		k := sort.SearchInts(a, v)
		fmt.Printf("%3d: rec=%2d iter=(%2d,%5t) slices=(%2d,%5t) sort=%2d\n", v, r, i, found, j, ok, k)
	}
	for _, n := range []int{0, 1, 15, 16, 17, 99, 100, 1 << 20} {
		fmt.Printf("isqrt(%d)=%d ", n, isqrt(n))
	}
	fmt.Println()

	people := []Person{{"Ann", 23}, {"Bob", 31}, {"Cid", 31}, {"Dee", 45}, {"Eve", 52}}
	idx, found := slices.BinarySearchFunc(people, 31, func(p Person, age int) int {
		return p.Age - age
	})
	fmt.Println("first aged 31:", idx, found, people[idx])
	idx, found = slices.BinarySearchFunc(people, 40, func(p Person, age int) int {
		return p.Age - age
	})
	fmt.Printf("insert 40 at %d (%v)\n", idx, found)
	people = slices.Insert(people, idx, Person{"New", 40})
	fmt.Printf("%v\n", people)

	dict := strings.Fields("apple banana cherry date elderberry fig grape")
	for _, w := range []string{"cherry", "coconut", "zucchini"} {
		i := sort.SearchStrings(dict, w)
		fmt.Printf("%s -> %d %t\n", w, i, i < len(dict) && dict[i] == w)
	}
	// guess the number with binary search
	secret, guesses := 737, 0
	lo, hi := 1, 1000
	for lo <= hi {
		guesses++
		g := (lo + hi) / 2
		if g == secret {
			fmt.Printf("found %d in %d guesses\n", g, guesses)
			break
		} else if g < secret {
			lo = g + 1
		} else {
			hi = g - 1
		}
	}
}
