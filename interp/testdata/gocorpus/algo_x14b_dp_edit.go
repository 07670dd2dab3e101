package main

import (
	"fmt"
	"strings"
)

func editDistance(a, b string) (int, []string) {
	ra, rb := []rune(a), []rune(b)
	n, m := len(ra), len(rb)
	dp := make([][]int, n+1)
	for i := range dp {
		dp[i] = make([]int, m+1)
		dp[i][0] = i
	}
	for j := 0; j <= m; j++ {
		dp[0][j] = j
	}
	for i := 1; i <= n; i++ {
		for j := 1; j <= m; j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			dp[i][j] = min(dp[i-1][j]+1, dp[i][j-1]+1, dp[i-1][j-1]+cost)
		}
	}
	var ops []string
	i, j := n, m
	for i > 0 || j > 0 {
		switch {
		case i > 0 && j > 0 && ra[i-1] == rb[j-1] && dp[i][j] == dp[i-1][j-1]:
			i, j = i-1, j-1
		case i > 0 && j > 0 && dp[i][j] == dp[i-1][j-1]+1:
			ops = append(ops, fmt.Sprintf("sub %c->%c", ra[i-1], rb[j-1]))
			i, j = i-1, j-1
		case i > 0 && dp[i][j] == dp[i-1][j]+1:
			ops = append(ops, fmt.Sprintf("del %c", ra[i-1]))
			i--
		default:
			ops = append(ops, fmt.Sprintf("ins %c", rb[j-1]))
			j--
		}
	}
	for l, r := 0, len(ops)-1; l < r; l, r = l+1, r-1 {
		ops[l], ops[r] = ops[r], ops[l]
	}
	return dp[n][m], ops
}

func lcs(a, b string) string {
	dp := make([][]string, len(a)+1)
	for i := range dp {
		dp[i] = make([]string, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				dp[i][j] = string(a[i]) + dp[i+1][j+1]
			} else if len(dp[i+1][j]) >= len(dp[i][j+1]) {
				dp[i][j] = dp[i+1][j]
			} else {
				dp[i][j] = dp[i][j+1]
			}
		}
	}
	return dp[0][0]
}

func main() {
	pairs := [][2]string{{"kitten", "sitting"}, {"flaw", "lawn"}, {"", "abc"}, {"gradient", "radiant"}, {"naïve", "native"}}
	for _, p := range pairs {
		d, ops := editDistance(p[0], p[1])
		fmt.Printf("%-9s %-8s d=%d [%s] lcs=%q\n", p[0], p[1], d, strings.Join(ops, ", "), lcs(p[0], p[1]))
	}
	coins := []int{1, 5, 10, 25}
	ways := make([]int, 101)
	ways[0] = 1
	for _, c := range coins {
		for v := c; v <= 100; v++ {
			ways[v] += ways[v-c]
		}
	}
	fmt.Println("ways(100) =", ways[100], "ways(30) =", ways[30])
}
