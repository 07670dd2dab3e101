package main

import (
	"fmt"
	"slices"
	"strings"
)

// subsets shows the classic aliasing pitfall and its fix
func subsetsBuggy(nums []int) [][]int {
	var res [][]int
	var cur []int
	var rec func(int)
	rec = func(i int) {
		if i == len(nums) {
			res = append(res, cur) // shares backing array
			return
		}
		rec(i + 1)
		cur = append(cur, nums[i])
		rec(i + 1)
		cur = cur[:len(cur)-1]
	}
	rec(0)
	return res
}

func subsets(nums []int) [][]int {
	var res [][]int
	var cur []int
	var rec func(int)
	rec = func(i int) {
		if i == len(nums) {
			res = append(res, slices.Clone(cur))
			return
		}
		rec(i + 1)
		cur = append(cur, nums[i])
		rec(i + 1)
		cur = cur[:len(cur)-1]
	}
	rec(0)
	return res
}

func permutations(s []rune, k int, out *[]string) {
	if k == len(s) {
		*out = append(*out, string(s))
		return
	}
	for i := k; i < len(s); i++ {
		s[k], s[i] = s[i], s[k]
		permutations(s, k+1, out)
		s[k], s[i] = s[i], s[k]
	}
}

func hanoi(n int, from, to, via string, moves *[]string) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves = append(*moves, from+"->"+to)
	hanoi(n-1, via, to, from, moves)
}

func nQueens(n int) int {
	cols := make([]bool, n)
	d1 := make([]bool, 2*n)
	d2 := make([]bool, 2*n)
	var place func(int) int
	place = func(r int) int {
		if r == n {
			return 1
		}
		cnt := 0
		for c := range n {
			if cols[c] || d1[r+c] || d2[r-c+n] {
				continue
			}
			cols[c], d1[r+c], d2[r-c+n] = true, true, true
			cnt += place(r + 1)
			cols[c], d1[r+c], d2[r-c+n] = false, false, false
		}
		return cnt
	}
	return place(0)
}

func main() {
	fmt.Println(subsetsBuggy([]int{1, 2, 3}))
	fmt.Println(subsets([]int{1, 2, 3}))

	var perms []string
	permutations([]rune("abc"), 0, &perms)
	slices.Sort(perms)
	fmt.Println(perms, len(perms))

	var moves []string
	hanoi(3, "A", "C", "B", &moves)
	fmt.Println(len(moves), strings.Join(moves, " "))

	for n := 1; n <= 8; n++ {
		fmt.Print(nQueens(n), " ")
	}
	fmt.Println()
}
