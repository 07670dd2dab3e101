package main

import (
	"fmt"
	"strings"
)

type board struct {
	n     int
	cols  []int
	used  []bool
	diag1 map[int]bool
	diag2 map[int]bool
}

func newBoard(n int) *board {
	return &board{
		n:     n,
		cols:  make([]int, 0, n),
		used:  make([]bool, n),
		diag1: map[int]bool{},
		diag2: map[int]bool{},
	}
}

func (b *board) solve(row int, found func([]int) bool) bool {
	if row == b.n {
		return found(b.cols)
	}
	for c := 0; c < b.n; c++ {
		if b.used[c] || b.diag1[row+c] || b.diag2[row-c] {
			continue
		}
		b.used[c], b.diag1[row+c], b.diag2[row-c] = true, true, true
		b.cols = append(b.cols, c)
		stop := b.solve(row+1, found)
		b.cols = b.cols[:len(b.cols)-1]
		b.used[c], b.diag1[row+c], b.diag2[row-c] = false, false, false
		if stop {
			return true
		}
	}
	return false
}

func render(cols []int) string {
	var sb strings.Builder
	for _, c := range cols {
		for i := range len(cols) {
			if i == c {
				sb.WriteString("Q ")
			} else {
				sb.WriteString(". ")
			}
		}
		sb.WriteString("\n")
	}
	return sb.String()
}

// bitmask version
func countBits(n int) int {
	all := (1 << n) - 1
	var rec func(cols, d1, d2 int) int
	rec = func(cols, d1, d2 int) int {
		if cols == all {
			return 1
		}
		total := 0
		avail := all &^ (cols | d1 | d2)
		for avail != 0 {
			bit := avail & -avail
			avail ^= bit
			total += rec(cols|bit, (d1|bit)<<1&all, (d2|bit)>>1)
		}
		return total
	}
	return rec(0, 0, 0)
}

func main() {
	for n := 1; n <= 8; n++ {
		count := 0
		newBoard(n).solve(0, func([]int) bool {
			count++
			return false
		})
		fmt.Printf("N=%d: %d solutions (bitmask: %d)\n", n, count, countBits(n))
	}
	var first []int
	newBoard(8).solve(0, func(c []int) bool {
		first = append([]int(nil), c...)
		return true
	})
	fmt.Println("first solution:", first)
	fmt.Print(render(first))
	fmt.Println("N=10:", countBits(10))
}
