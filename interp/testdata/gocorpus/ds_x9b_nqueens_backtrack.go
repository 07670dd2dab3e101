// Exercises: backtracking: N-queens counting and first board with column/diagonal bool slices, permutations of a slice with swap-and-restore.
package main

import (
	"fmt"
	"strings"
)

func nQueens(n int) (int, []string) {
	cols := make([]bool, n)
	d1 := make([]bool, 2*n)
	d2 := make([]bool, 2*n)
	pos := make([]int, n)
	count := 0
	var first []string
	var place func(r int)
	place = func(r int) {
		if r == n {
			count++
			if first == nil {
				for _, c := range pos {
					first = append(first, strings.Repeat(".", c)+"Q"+strings.Repeat(".", n-c-1))
				}
			}
			return
		}
		for c := 0; c < n; c++ {
			if cols[c] || d1[r+c] || d2[r-c+n] {
				continue
			}
			cols[c], d1[r+c], d2[r-c+n] = true, true, true
			pos[r] = c
			place(r + 1)
			cols[c], d1[r+c], d2[r-c+n] = false, false, false
		}
	}
	place(0)
	return count, first
}

func permutations(a []int) [][]int {
	var out [][]int
	var rec func(k int)
	rec = func(k int) {
		if k == len(a) {
			out = append(out, append([]int(nil), a...))
			return
		}
		for i := k; i < len(a); i++ {
			a[k], a[i] = a[i], a[k]
			rec(k + 1)
			a[k], a[i] = a[i], a[k]
		}
	}
	rec(0)
	return out
}

func main() {
	for n := 1; n <= 8; n++ {
		c, _ := nQueens(n)
		fmt.Print(c, " ")
	}
	_, board := nQueens(6)
	fmt.Println()
	fmt.Println(strings.Join(board, "\n"))
	fmt.Println(permutations([]int{1, 2, 3}))
}
