package main

import (
	"fmt"
	"strings"
)

type Solver struct {
	N         int
	cols      []int
	Solutions [][]int
	Nodes     int
}

func (s *Solver) safe(row, col int) bool {
	for r := 0; r < row; r++ {
		c := s.cols[r]
		if c == col || c-col == r-row || c-col == row-r {
			return false
		}
	}
	return true
}

func (s *Solver) place(row int) {
	s.Nodes++
	if row == s.N {
		s.Solutions = append(s.Solutions, append([]int(nil), s.cols...))
		return
	}
	for col := 0; col < s.N; col++ {
		if s.safe(row, col) {
			s.cols[row] = col
			s.place(row + 1)
		}
	}
}

func Solve(n int) *Solver {
	s := &Solver{N: n, cols: make([]int, n)}
	s.place(0)
	return s
}

func board(sol []int) string {
	var sb strings.Builder
	for _, c := range sol {
		sb.WriteString(strings.Repeat(". ", c) + "Q" + strings.Repeat(" .", len(sol)-c-1) + "\n")
	}
	return sb.String()
}

func main() {
	for n := 1; n <= 8; n++ {
		s := Solve(n)
		fmt.Printf("n=%d solutions=%-3d nodes=%d\n", n, len(s.Solutions), s.Nodes)
	}
	s := Solve(6)
	for i, sol := range s.Solutions {
		fmt.Printf("solution %d %v\n%s", i+1, sol, board(sol))
	}
}
