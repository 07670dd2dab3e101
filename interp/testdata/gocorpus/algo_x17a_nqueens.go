package main

import (
	"fmt"
	"strings"
)

func queens(n int) (count int, first []int) {
	cols := make([]int, n)
	full := 1<<n - 1
	var place func(row, colMask, d1, d2 int)
	place = func(row, colMask, d1, d2 int) {
		if row == n {
			count++
			if first == nil {
				first = append([]int(nil), cols...)
			}
			return
		}
		avail := full &^ (colMask | d1 | d2)
		for avail != 0 {
			bit := avail & -avail
			avail ^= bit
			c := 0
			for 1<<c != bit {
				c++
			}
			cols[row] = c
			place(row+1, colMask|bit, (d1|bit)<<1&full, (d2|bit)>>1)
		}
	}
	place(0, 0, 0, 0)
	return
}

func board(cols []int) string {
	lines := make([]string, len(cols))
	for r, c := range cols {
		lines[r] = strings.Repeat(". ", c) + "Q " + strings.Repeat(". ", len(cols)-c-1)
		lines[r] = strings.TrimRight(lines[r], " ")
	}
	return strings.Join(lines, "\n")
}

func main() {
	for n := 1; n <= 9; n++ {
		c, f := queens(n)
		fmt.Printf("n=%d solutions=%d first=%v\n", n, c, f)
	}
	_, f := queens(6)
	fmt.Println(board(f))
	goto end
end:
	for i := 0; i < 3; i++ {
	inner:
		for j := 0; j < 3; j++ {
			switch {
			case j == i:
				continue inner
			case j > i:
				break inner
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
}
