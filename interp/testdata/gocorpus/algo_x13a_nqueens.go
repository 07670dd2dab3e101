package main

import (
	"fmt"
	"strings"
)

type Board struct {
	n                    int
	cols                 []int
	usedCol, diag, adiag []bool
}

func NewBoard(n int) *Board {
	return &Board{
		n:       n,
		cols:    make([]int, 0, n),
		usedCol: make([]bool, n),
		diag:    make([]bool, 2*n),
		adiag:   make([]bool, 2*n),
	}
}

func (b *Board) solve(row int, visit func([]int) bool) bool {
	if row == b.n {
		return visit(b.cols)
	}
	for c := 0; c < b.n; c++ {
		d, a := row-c+b.n, row+c
		if b.usedCol[c] || b.diag[d] || b.adiag[a] {
			continue
		}
		b.usedCol[c], b.diag[d], b.adiag[a] = true, true, true
		b.cols = append(b.cols, c)
		stop := b.solve(row+1, visit)
		b.cols = b.cols[:len(b.cols)-1]
		b.usedCol[c], b.diag[d], b.adiag[a] = false, false, false
		if stop {
			return true
		}
	}
	return false
}

func render(cols []int) string {
	var sb strings.Builder
	for _, c := range cols {
		sb.WriteString(strings.Repeat(". ", c))
		sb.WriteString("Q ")
		sb.WriteString(strings.Repeat(". ", len(cols)-c-1))
		sb.WriteString("\n")
	}
	return sb.String()
}

func main() {
	for n := 1; n <= 9; n++ {
		count := 0
		NewBoard(n).solve(0, func([]int) bool { count++; return false })
		fmt.Printf("N=%d solutions=%d\n", n, count)
	}
	var first []int
	NewBoard(8).solve(0, func(c []int) bool {
		first = append([]int(nil), c...)
		return true
	})
	fmt.Println(first)
	fmt.Print(render(first))
	var sixes [][]int
	NewBoard(6).solve(0, func(c []int) bool {
		sixes = append(sixes, append([]int{}, c...))
		return false
	})
	fmt.Println(sixes)
}
