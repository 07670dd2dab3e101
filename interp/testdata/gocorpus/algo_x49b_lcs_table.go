package main

import (
	"fmt"
	"strings"
)

type dir byte

const (
	diag dir = '\\'
	up   dir = '|'
	lft  dir = '-'
)

func lcsLength(x, y string) ([][]int, [][]dir) {
	m, n := len(x), len(y)
	c := make([][]int, m+1)
	b := make([][]dir, m+1)
	for i := range c {
		c[i] = make([]int, n+1)
		b[i] = make([]dir, n+1)
	}
	for i := 1; i <= m; i++ {
		for j := 1; j <= n; j++ {
			switch {
			case x[i-1] == y[j-1]:
				c[i][j] = c[i-1][j-1] + 1
				b[i][j] = diag
			case c[i-1][j] >= c[i][j-1]:
				c[i][j] = c[i-1][j]
				b[i][j] = up
			default:
				c[i][j] = c[i][j-1]
				b[i][j] = lft
			}
		}
	}
	return c, b
}

func printLCS(b [][]dir, x string, i, j int, sb *strings.Builder) {
	if i == 0 || j == 0 {
		return
	}
	switch b[i][j] {
	case diag:
		printLCS(b, x, i-1, j-1, sb)
		sb.WriteByte(x[i-1])
	case up:
		printLCS(b, x, i-1, j, sb)
	default:
		printLCS(b, x, i, j-1, sb)
	}
}

func main() {
	x, y := "ABCBDAB", "BDCABA"
	c, b := lcsLength(x, y)
	fmt.Print("    ")
	for _, ch := range y {
		fmt.Printf("  %c", ch)
	}
	fmt.Println()
	for i := 1; i <= len(x); i++ {
		fmt.Printf("%c   ", x[i-1])
		for j := 1; j <= len(y); j++ {
			fmt.Printf("%c%d ", b[i][j], c[i][j])
		}
		fmt.Println()
	}
	var sb strings.Builder
	printLCS(b, x, len(x), len(y), &sb)
	fmt.Printf("LCS(%q, %q) = %q len %d\n", x, y, sb.String(), c[len(x)][len(y)])

	pairs := [][2]string{{"ACCGGTCGAGTGCGCGGAAGCCGGCCGAA", "GTCGTTCGGAATGCCGTTGCTCTGTAAA"}, {"", "abc"}, {"same", "same"}}
	for _, p := range pairs {
		c, b := lcsLength(p[0], p[1])
		var sb strings.Builder
		printLCS(b, p[0], len(p[0]), len(p[1]), &sb)
		fmt.Printf("%d %s\n", c[len(p[0])][len(p[1])], sb.String())
	}
}
