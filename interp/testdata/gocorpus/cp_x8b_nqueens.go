// Exercises: N-queens backtracking with bitmasks and with bool slices, closures capturing a counter, recursion returning board strings
package main

import (
	"fmt"
	"strings"
)

func countBits(n int) int {
	full := 1<<n - 1
	var solve func(cols, d1, d2 int) int
	solve = func(cols, d1, d2 int) int {
		if cols == full {
			return 1
		}
		total := 0
		avail := full &^ (cols | d1 | d2)
		for avail != 0 {
			bit := avail & -avail
			avail ^= bit
			total += solve(cols|bit, (d1|bit)<<1&full, (d2|bit)>>1)
		}
		return total
	}
	return solve(0, 0, 0)
}

func firstBoard(n int) []string {
	pos := make([]int, n)
	used := make([]bool, n)
	var place func(r int) bool
	place = func(r int) bool {
		if r == n {
			return true
		}
		for c := 0; c < n; c++ {
			ok := !used[c]
			for pr := 0; ok && pr < r; pr++ {
				if pr-pos[pr] == r-c || pr+pos[pr] == r+c {
					ok = false
				}
			}
			if ok {
				pos[r], used[c] = c, true
				if place(r + 1) {
					return true
				}
				used[c] = false
			}
		}
		return false
	}
	place(0)
	var rows []string
	for _, c := range pos {
		rows = append(rows, strings.Repeat(".", c)+"Q"+strings.Repeat(".", n-c-1))
	}
	return rows
}

func main() {
	for n := 1; n <= 8; n++ {
		fmt.Print(countBits(n), " ")
	}
	fmt.Println()
	fmt.Println(strings.Join(firstBoard(6), "\n"))
}
