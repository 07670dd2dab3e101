package main

import (
	"fmt"
	"slices"
	"strings"
)

func lcs(a, b string) string {
	dp := make([][]int, len(a)+1)
	for i := range dp {
		dp[i] = make([]int, len(b)+1)
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			if a[i-1] == b[j-1] {
				dp[i][j] = dp[i-1][j-1] + 1
			} else {
				dp[i][j] = max(dp[i-1][j], dp[i][j-1])
			}
		}
	}
	var out []byte
	for i, j := len(a), len(b); i > 0 && j > 0; {
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
	slices.Reverse(out)
	return string(out)
}

func editDistance(a, b []rune) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(b)]
}

func coinWays(coins []int, total int) (ways int64, minCoins int) {
	w := make([]int64, total+1)
	m := make([]int, total+1)
	w[0] = 1
	for i := 1; i <= total; i++ {
		m[i] = 1 << 30
	}
	for _, c := range coins {
		for v := c; v <= total; v++ {
			w[v] += w[v-c]
			m[v] = min(m[v], m[v-c]+1)
		}
	}
	return w[total], m[total]
}

func knapsack(weights, values []int, capacity int) (int, []int) {
	n := len(weights)
	best := make([][]int, n+1)
	for i := range best {
		best[i] = make([]int, capacity+1)
	}
	for i := 1; i <= n; i++ {
		for c := 0; c <= capacity; c++ {
			best[i][c] = best[i-1][c]
			if weights[i-1] <= c {
				best[i][c] = max(best[i][c], best[i-1][c-weights[i-1]]+values[i-1])
			}
		}
	}
	var picked []int
	for i, c := n, capacity; i > 0; i-- {
		if best[i][c] != best[i-1][c] {
			picked = append(picked, i-1)
			c -= weights[i-1]
		}
	}
	return best[n][capacity], picked
}

func main() {
	fmt.Printf("%q\n", lcs("AGGTAB", "GXTXAYB"))
	fmt.Println(lcs("gopher", "golang"), len(lcs("", "x")))
	for _, p := range [][2]string{{"kitten", "sitting"}, {"flaw", "lawn"}, {"日本語", "日本"}, {"", "abc"}} {
		fmt.Printf("%-8s %-8s %d\n", p[0], p[1], editDistance([]rune(p[0]), []rune(p[1])))
	}
	ways, mc := coinWays([]int{1, 5, 10, 25}, 63)
	fmt.Println(ways, mc)
	v, picked := knapsack([]int{1, 3, 4, 5}, []int{1, 4, 5, 7}, 7)
	fmt.Println(v, picked)
	tri := [][]int{{1}}
	for i := 1; i < 7; i++ {
		row := make([]int, i+1)
		row[0], row[i] = 1, 1
		for j := 1; j < i; j++ {
			row[j] = tri[i-1][j-1] + tri[i-1][j]
		}
		tri = append(tri, row)
	}
	for _, row := range tri {
		s := fmt.Sprint(row)
		fmt.Printf("%*s\n", 12+len(s)/2, s)
	}
	fmt.Println(strings.Repeat("=", 10))
}
