package main

import (
	"fmt"
	"strings"
)

type Board struct {
	n               int
	cols            []int
	usedCol, d1, d2 map[int]bool
}

func NewBoard(n int) *Board {
	return &Board{n: n, usedCol: map[int]bool{}, d1: map[int]bool{}, d2: map[int]bool{}}
}

func (b *Board) solve(row int, found func([]int) bool) bool {
	if row == b.n {
		return found(b.cols)
	}
	for c := 0; c < b.n; c++ {
		if b.usedCol[c] || b.d1[row+c] || b.d2[row-c] {
			continue
		}
		b.usedCol[c], b.d1[row+c], b.d2[row-c] = true, true, true
		b.cols = append(b.cols, c)
		stop := b.solve(row+1, found)
		b.cols = b.cols[:len(b.cols)-1]
		delete(b.usedCol, c)
		delete(b.d1, row+c)
		delete(b.d2, row-c)
		if stop {
			return true
		}
	}
	return false
}

func render(cols []int) string {
	var sb strings.Builder
	for _, c := range cols {
		sb.WriteString(strings.Repeat(". ", c) + "Q " + strings.Repeat(". ", len(cols)-c-1))
		sb.WriteString("\n")
	}
	return sb.String()
}

func main() {
	for n := 1; n <= 8; n++ {
		count := 0
		NewBoard(n).solve(0, func([]int) bool { count++; return false })
		fmt.Printf("n=%d solutions=%d\n", n, count)
	}
	var first []int
	NewBoard(6).solve(0, func(c []int) bool {
		first = append([]int{}, c...)
		return true
	})
	fmt.Println(first)
	fmt.Print(render(first))
	// subset sum by backtracking
	nums := []int{3, 34, 4, 12, 5, 2}
	var path []int
	var sols [][]int
	var dfs func(i, rem int)
	dfs = func(i, rem int) {
		if rem == 0 {
			sols = append(sols, append([]int(nil), path...))
			return
		}
		if i == len(nums) || rem < 0 {
			return
		}
		path = append(path, nums[i])
		dfs(i+1, rem-nums[i])
		path = path[:len(path)-1]
		dfs(i+1, rem)
	}
	dfs(0, 9)
	fmt.Println(sols)
}
