package main

import (
	"fmt"
	"strings"
)

type Board struct {
	n                  int
	cols, diag1, diag2 []bool
	queens             []int
}

func NewBoard(n int) *Board {
	return &Board{n: n, cols: make([]bool, n), diag1: make([]bool, 2*n), diag2: make([]bool, 2*n)}
}

func (b *Board) solve(row int, found func([]int) bool) bool {
	if row == b.n {
		return found(b.queens)
	}
	for c := 0; c < b.n; c++ {
		d1, d2 := row+c, row-c+b.n
		if b.cols[c] || b.diag1[d1] || b.diag2[d2] {
			continue
		}
		b.cols[c], b.diag1[d1], b.diag2[d2] = true, true, true
		b.queens = append(b.queens, c)
		stop := b.solve(row+1, found)
		b.queens = b.queens[:len(b.queens)-1]
		b.cols[c], b.diag1[d1], b.diag2[d2] = false, false, false
		if stop {
			return true
		}
	}
	return false
}

func render(q []int) string {
	var sb strings.Builder
	for _, c := range q {
		sb.WriteString(strings.Repeat(". ", c) + "Q " + strings.Repeat(". ", len(q)-c-1) + "\n")
	}
	return sb.String()
}

func permutations(s []rune) []string {
	var out []string
	var rec func(int)
	rec = func(k int) {
		if k == len(s) {
			out = append(out, string(s))
			return
		}
		for i := k; i < len(s); i++ {
			s[k], s[i] = s[i], s[k]
			rec(k + 1)
			s[k], s[i] = s[i], s[k]
		}
	}
	rec(0)
	return out
}

func subsetsSum(nums []int, target int) [][]int {
	var res [][]int
	var cur []int
	var dfs func(i, sum int)
	dfs = func(i, sum int) {
		if sum == target {
			res = append(res, append([]int(nil), cur...))
			return
		}
		if i == len(nums) || sum > target {
			return
		}
		cur = append(cur, nums[i])
		dfs(i+1, sum+nums[i])
		cur = cur[:len(cur)-1]
		dfs(i+1, sum)
	}
	dfs(0, 0)
	return res
}

func main() {
	for n := 1; n <= 8; n++ {
		count := 0
		NewBoard(n).solve(0, func([]int) bool { count++; return false })
		fmt.Printf("n=%d solutions=%d\n", n, count)
	}
	var first []int
	NewBoard(6).solve(0, func(q []int) bool { first = append([]int{}, q...); return true })
	fmt.Print(render(first))
	fmt.Println(permutations([]rune("abc")))
	fmt.Println(subsetsSum([]int{2, 3, 5, 7, 8}, 10))
}
