// Exercises: sort.Search lower/upper bounds, binary search on the answer (minimum capacity to ship within D days), hand-written loop variant
package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

const weights = "1 2 3 4 5 6 7 8 9 10"

func days(ws []int, cap int) int {
	d, cur := 1, 0
	for _, w := range ws {
		if cur+w > cap {
			d++
			cur = 0
		}
		cur += w
	}
	return d
}

func main() {
	var ws []int
	hi := 0
	lo := 0
	for _, f := range strings.Fields(weights) {
		w, _ := strconv.Atoi(f)
		ws = append(ws, w)
		hi += w
		if w > lo {
			lo = w
		}
	}
	for lo < hi {
		mid := (lo + hi) / 2
		if days(ws, mid) <= 5 {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	fmt.Println("capacity:", lo)
	xs := []int{1, 3, 3, 3, 7, 9, 12}
	for _, q := range []int{3, 4, 0, 13} {
		first := sort.Search(len(xs), func(i int) bool { return xs[i] >= q })
		after := sort.Search(len(xs), func(i int) bool { return xs[i] > q })
		fmt.Printf("%d: [%d,%d) count=%d\n", q, first, after, after-first)
	}
	i := sort.Search(1<<20, func(n int) bool { return n*n >= 1000000 })
	fmt.Println("isqrt ceil:", i, sort.SearchStrings([]string{"a", "c", "e"}, "d"))
}
