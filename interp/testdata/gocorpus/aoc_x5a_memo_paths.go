// Exercises: memoization with map[[2]int]int in a recursive closure, counting lattice paths around blocked cells, uint64 results.
package main

import "fmt"

func countPaths(rows, cols int, blocked map[[2]int]bool) int {
	memo := map[[2]int]int{}
	var walk func(r, c int) int
	walk = func(r, c int) int {
		if r >= rows || c >= cols || blocked[[2]int{r, c}] {
			return 0
		}
		if r == rows-1 && c == cols-1 {
			return 1
		}
		key := [2]int{r, c}
		if v, ok := memo[key]; ok {
			return v
		}
		v := walk(r+1, c) + walk(r, c+1)
		memo[key] = v
		return v
	}
	return walk(0, 0)
}

var collatzMemo = map[uint64]int{1: 1}

func collatzLen(n uint64) int {
	if v, ok := collatzMemo[n]; ok {
		return v
	}
	next := n / 2
	if n%2 == 1 {
		next = 3*n + 1
	}
	l := 1 + collatzLen(next)
	collatzMemo[n] = l
	return l
}

func main() {
	fmt.Println(countPaths(3, 3, nil), countPaths(3, 3, map[[2]int]bool{{1, 1}: true}))
	fmt.Println(countPaths(17, 17, nil))
	best, arg := 0, uint64(0)
	for n := uint64(1); n < 10000; n++ {
		if l := collatzLen(n); l > best {
			best, arg = l, n
		}
	}
	fmt.Println(arg, best, len(collatzMemo) > 10000)
}
