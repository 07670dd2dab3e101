package main

import (
	"fmt"
	"strings"
)

func levenshtein(a, b string) int {
	s, t := []rune(a), []rune(b)
	prev := make([]int, len(t)+1)
	cur := make([]int, len(t)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(s); i++ {
		cur[0] = i
		for j := 1; j <= len(t); j++ {
			cost := 1
			if s[i-1] == t[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(t)]
}

func lcs(a, b string) string {
	dp := make([][]int, len(a)+1)
	for i := range dp {
		dp[i] = make([]int, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				dp[i][j] = dp[i+1][j+1] + 1
			} else {
				dp[i][j] = max(dp[i+1][j], dp[i][j+1])
			}
		}
	}
	var sb strings.Builder
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] == b[j]:
			sb.WriteByte(a[i])
			i++
			j++
		case dp[i+1][j] >= dp[i][j+1]:
			i++
		default:
			j++
		}
	}
	return sb.String()
}

func hamming(a, b string) (int, error) {
	if len(a) != len(b) {
		return 0, fmt.Errorf("hamming: lengths differ (%d vs %d)", len(a), len(b))
	}
	d := 0
	for i := range len(a) {
		if a[i] != b[i] {
			d++
		}
	}
	return d, nil
}

func closest(word string, dict []string) (best string, dist int) {
	dist = -1
	for _, w := range dict {
		if d := levenshtein(word, w); dist < 0 || d < dist {
			best, dist = w, d
		}
	}
	return
}

func main() {
	pairs := [][2]string{
		{"kitten", "sitting"}, {"rosettacode", "raisethysword"},
		{"", "abc"}, {"saturday", "sunday"}, {"héllo", "hello"},
	}
	for _, p := range pairs {
		fmt.Printf("lev(%q, %q) = %d\n", p[0], p[1], levenshtein(p[0], p[1]))
	}
	fmt.Println(lcs("thisisatest", "testing123testing"))
	fmt.Println(lcs("1234", "1224533324"))
	for _, p := range [][2]string{{"karolin", "kathrin"}, {"1011101", "1001001"}, {"abc", "ab"}} {
		d, err := hamming(p[0], p[1])
		fmt.Println(d, err)
	}
	dict := strings.Fields("apple banana orange grape melon lemon mango")
	for _, w := range []string{"aple", "lemmon", "mangoes", "grap"} {
		b, d := closest(w, dict)
		fmt.Printf("%-8s -> %-6s (%d)\n", w, b, d)
	}
}
