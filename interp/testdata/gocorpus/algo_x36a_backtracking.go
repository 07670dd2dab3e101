package main

import (
	"fmt"
	"slices"
	"strings"
)

func permute(nums []int) [][]int {
	var res [][]int
	used := make([]bool, len(nums))
	var cur []int
	var bt func()
	bt = func() {
		if len(cur) == len(nums) {
			res = append(res, slices.Clone(cur))
			return
		}
		for i, n := range nums {
			if used[i] {
				continue
			}
			used[i] = true
			cur = append(cur, n)
			bt()
			cur = cur[:len(cur)-1]
			used[i] = false
		}
	}
	bt()
	return res
}

func subsets(nums []int) [][]int {
	res := [][]int{{}}
	for _, n := range nums {
		for _, s := range res {
			res = append(res, append(slices.Clone(s), n))
		}
	}
	return res
}

func combinationSum(cands []int, target int) [][]int {
	slices.Sort(cands)
	var res [][]int
	var dfs func(start, remain int, path []int)
	dfs = func(start, remain int, path []int) {
		if remain == 0 {
			res = append(res, append([]int(nil), path...))
			return
		}
		for i := start; i < len(cands) && cands[i] <= remain; i++ {
			dfs(i, remain-cands[i], append(path, cands[i]))
		}
	}
	dfs(0, target, nil)
	return res
}

func solveNQueens(n int) [][]string {
	var res [][]string
	cols := make([]int, n)
	var place func(row int, usedCols, d1, d2 uint)
	place = func(row int, usedCols, d1, d2 uint) {
		if row == n {
			board := make([]string, n)
			for r, c := range cols {
				board[r] = strings.Repeat(".", c) + "Q" + strings.Repeat(".", n-c-1)
			}
			res = append(res, board)
			return
		}
		for c := 0; c < n; c++ {
			a, b := uint(row+c), uint(row-c+n)
			if usedCols>>c&1 == 1 || d1>>a&1 == 1 || d2>>b&1 == 1 {
				continue
			}
			cols[row] = c
			place(row+1, usedCols|1<<c, d1|1<<a, d2|1<<b)
		}
	}
	place(0, 0, 0, 0)
	return res
}

func letterCombinations(digits string) []string {
	if digits == "" {
		return nil
	}
	pad := map[byte]string{'2': "abc", '3': "def", '4': "ghi", '5': "jkl", '6': "mno", '7': "pqrs", '8': "tuv", '9': "wxyz"}
	res := []string{""}
	for i := 0; i < len(digits); i++ {
		var next []string
		for _, prefix := range res {
			for _, ch := range pad[digits[i]] {
				next = append(next, prefix+string(ch))
			}
		}
		res = next
	}
	return res
}

func main() {
	fmt.Println(permute([]int{1, 2, 3}))
	fmt.Println(subsets([]int{1, 2, 3}))
	fmt.Println(combinationSum([]int{2, 3, 6, 7}, 7), combinationSum([]int{2, 3, 5}, 8))
	for _, b := range solveNQueens(4) {
		fmt.Println(strings.Join(b, "\n"))
		fmt.Println()
	}
	fmt.Println("8 queens:", len(solveNQueens(8)))
	fmt.Printf("%q\n", letterCombinations("23"))
	fmt.Println(letterCombinations("") == nil, len(letterCombinations("7979")))
}
