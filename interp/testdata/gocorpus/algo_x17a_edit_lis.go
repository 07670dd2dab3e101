package main

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

func editDistance(a, b string) (int, string) {
	ra, rb := []rune(a), []rune(b)
	dp := make([][]int, len(ra)+1)
	for i := range dp {
		dp[i] = make([]int, len(rb)+1)
		dp[i][0] = i
	}
	for j := range dp[0] {
		dp[0][j] = j
	}
	for i := 1; i <= len(ra); i++ {
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			dp[i][j] = min(dp[i-1][j]+1, dp[i][j-1]+1, dp[i-1][j-1]+cost)
		}
	}
	var ops []byte
	i, j := len(ra), len(rb)
	for i > 0 || j > 0 {
		switch {
		case i > 0 && j > 0 && ra[i-1] == rb[j-1] && dp[i][j] == dp[i-1][j-1]:
			ops = append(ops, '=')
			i, j = i-1, j-1
		case i > 0 && j > 0 && dp[i][j] == dp[i-1][j-1]+1:
			ops = append(ops, 'S')
			i, j = i-1, j-1
		case i > 0 && dp[i][j] == dp[i-1][j]+1:
			ops = append(ops, 'D')
			i--
		default:
			ops = append(ops, 'I')
			j--
		}
	}
	slices.Reverse(ops)
	return dp[len(ra)][len(rb)], string(ops)
}

func lis(xs []int) []int {
	var tails []int
	var tailIdx []int
	prev := make([]int, len(xs))
	for i, x := range xs {
		k := sort.SearchInts(tails, x)
		if k == len(tails) {
			tails = append(tails, x)
			tailIdx = append(tailIdx, i)
		} else {
			tails[k] = x
			tailIdx[k] = i
		}
		if k > 0 {
			prev[i] = tailIdx[k-1]
		} else {
			prev[i] = -1
		}
	}
	out := make([]int, len(tails))
	for i, k := tailIdx[len(tailIdx)-1], len(tails)-1; k >= 0; i, k = prev[i], k-1 {
		out[k] = xs[i]
	}
	return out
}

func lcs(a, b string) string {
	m := make([][]string, len(a)+1)
	for i := range m {
		m[i] = make([]string, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				m[i][j] = string(a[i]) + m[i+1][j+1]
			} else if len(m[i+1][j]) >= len(m[i][j+1]) {
				m[i][j] = m[i+1][j]
			} else {
				m[i][j] = m[i][j+1]
			}
		}
	}
	return m[0][0]
}

func main() {
	pairs := [][2]string{{"kitten", "sitting"}, {"flaw", "lawn"}, {"", "abc"}, {"gopher", "gopher"}, {"naïve", "native"}, {"intention", "execution"}}
	for _, p := range pairs {
		d, ops := editDistance(p[0], p[1])
		fmt.Printf("%-10q %-10q %d %s\n", p[0], p[1], d, ops)
	}
	seqs := [][]int{{10, 9, 2, 5, 3, 7, 101, 18}, {0, 8, 4, 12, 2, 10, 6, 14, 1, 9, 5, 13, 3, 11, 7, 15}, {5, 5, 5}}
	for _, s := range seqs {
		fmt.Println(lis(s))
	}
	fmt.Println(lcs("AGGTAB", "GXTXAYB"), strings.ToUpper(lcs("abcbdab", "bdcaba")))
}
