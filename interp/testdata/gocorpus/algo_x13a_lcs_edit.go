package main

import (
	"fmt"
	"strings"
)

func lcs(a, b string) string {
	n, m := len(a), len(b)
	dp := make([][]int, n+1)
	for i := range dp {
		dp[i] = make([]int, m+1)
	}
	for i := 1; i <= n; i++ {
		for j := 1; j <= m; j++ {
			if a[i-1] == b[j-1] {
				dp[i][j] = dp[i-1][j-1] + 1
			} else {
				dp[i][j] = max(dp[i-1][j], dp[i][j-1])
			}
		}
	}
	var out []byte
	for i, j := n, m; i > 0 && j > 0; {
		switch {
		case a[i-1] == b[j-1]:
			out = append(out, a[i-1])
			i--
			j--
		case dp[i-1][j] >= dp[i][j-1]:
			i--
		default:
			j--
		}
	}
	for l, r := 0, len(out)-1; l < r; l, r = l+1, r-1 {
		out[l], out[r] = out[r], out[l]
	}
	return string(out)
}

func editDistance(a, b []rune) (int, []string) {
	n, m := len(a), len(b)
	d := make([][]int, n+1)
	for i := range d {
		d[i] = make([]int, m+1)
		d[i][0] = i
	}
	for j := 0; j <= m; j++ {
		d[0][j] = j
	}
	for i := 1; i <= n; i++ {
		for j := 1; j <= m; j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
		}
	}
	var ops []string
	i, j := n, m
	for i > 0 || j > 0 {
		switch {
		case i > 0 && j > 0 && a[i-1] == b[j-1] && d[i][j] == d[i-1][j-1]:
			i, j = i-1, j-1
		case i > 0 && j > 0 && d[i][j] == d[i-1][j-1]+1:
			ops = append(ops, fmt.Sprintf("sub %c->%c", a[i-1], b[j-1]))
			i, j = i-1, j-1
		case i > 0 && d[i][j] == d[i-1][j]+1:
			ops = append(ops, fmt.Sprintf("del %c", a[i-1]))
			i--
		default:
			ops = append(ops, fmt.Sprintf("ins %c", b[j-1]))
			j--
		}
	}
	return d[n][m], ops
}

func main() {
	pairs := [][2]string{
		{"ABCBDAB", "BDCABA"},
		{"kitten", "sitting"},
		{"intention", "execution"},
		{"", "abc"},
		{"héllo", "hello"},
	}
	for _, p := range pairs {
		dist, ops := editDistance([]rune(p[0]), []rune(p[1]))
		fmt.Printf("%-10q %-10q lcs=%-6q dist=%d ops=[%s]\n", p[0], p[1], lcs(p[0], p[1]), dist, strings.Join(ops, "; "))
	}
}
