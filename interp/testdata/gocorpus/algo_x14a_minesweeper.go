package main

import (
	"fmt"
	"strings"
)

type Board []string

func (b Board) Annotate() Board {
	out := make(Board, len(b))
	for r, row := range b {
		line := []byte(row)
		for c := range line {
			if line[c] == '*' {
				continue
			}
			n := 0
			for dr := -1; dr <= 1; dr++ {
				for dc := -1; dc <= 1; dc++ {
					rr, cc := r+dr, c+dc
					if rr >= 0 && rr < len(b) && cc >= 0 && cc < len(b[rr]) && b[rr][cc] == '*' {
						n++
					}
				}
			}
			if n > 0 {
				line[c] = byte('0' + n)
			}
		}
		out[r] = string(line)
	}
	return out
}

func (b Board) String() string { return "|" + strings.Join(b, "|\n|") + "|" }

func queens(n int) (count int, first []int) {
	cols := make([]bool, n)
	d1 := make([]bool, 2*n)
	d2 := make([]bool, 2*n)
	pos := make([]int, n)
	var place func(r int)
	place = func(r int) {
		if r == n {
			if count == 0 {
				first = append([]int(nil), pos...)
			}
			count++
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
	return
}

func main() {
	boards := []Board{
		{" *  * ", "  *   ", "    * ", "   * *", " *  * ", "      "},
		{"***", "* *", "***"},
		{"   ", "   "},
		{"*"},
		{},
	}
	for _, b := range boards {
		fmt.Println(b.Annotate())
		fmt.Println("--")
	}
	for n := 1; n <= 8; n++ {
		c, f := queens(n)
		fmt.Printf("queens(%d) = %d first=%v\n", n, c, f)
	}
}
