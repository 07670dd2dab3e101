// Exercises: two pointers on a sorted slice (pair sum, three-sum with duplicate skipping), in-place dedup with a write index
package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

const input = "-1 0 1 2 -1 -4 3 -2 2 0"

func main() {
	var a []int
	for _, f := range strings.Fields(input) {
		x, _ := strconv.Atoi(f)
		a = append(a, x)
	}
	sort.Ints(a)
	var triples [][3]int
	for i := 0; i < len(a)-2; i++ {
		if i > 0 && a[i] == a[i-1] {
			continue
		}
		l, r := i+1, len(a)-1
		for l < r {
			s := a[i] + a[l] + a[r]
			switch {
			case s < 0:
				l++
			case s > 0:
				r--
			default:
				triples = append(triples, [3]int{a[i], a[l], a[r]})
				for l < r && a[l] == a[l+1] {
					l++
				}
				for l < r && a[r] == a[r-1] {
					r--
				}
				l++
				r--
			}
		}
	}
	fmt.Println(triples)
	w := 0
	for i := range a {
		if i == 0 || a[i] != a[w-1] {
			a[w] = a[i]
			w++
		}
	}
	fmt.Println(a[:w], len(a), cap(a[:w]))
}
