package main

import (
	"fmt"
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
	var sb []byte
	for i, j := len(a), len(b); i > 0 && j > 0; {
		switch {
		case a[i-1] == b[j-1]:
			sb = append(sb, a[i-1])
			i--
			j--
		case dp[i-1][j] >= dp[i][j-1]:
			i--
		default:
			j--
		}
	}
	for l, r := 0, len(sb)-1; l < r; l, r = l+1, r-1 {
		sb[l], sb[r] = sb[r], sb[l]
	}
	return string(sb)
}

func editDistance(a, b string) int {
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

func coinChange(coins []int, amount int) (int, []int) {
	const inf = 1 << 30
	dp := make([]int, amount+1)
	from := make([]int, amount+1)
	for i := 1; i <= amount; i++ {
		dp[i] = inf
		for _, c := range coins {
			if c <= i && dp[i-c]+1 < dp[i] {
				dp[i] = dp[i-c] + 1
				from[i] = c
			}
		}
	}
	if dp[amount] >= inf {
		return -1, nil
	}
	var used []int
	for a := amount; a > 0; a -= from[a] {
		used = append(used, from[a])
	}
	return dp[amount], used
}

func knapsack(w, v []int, cap int) int {
	dp := make([]int, cap+1)
	for i := range w {
		for c := cap; c >= w[i]; c-- {
			dp[c] = max(dp[c], dp[c-w[i]]+v[i])
		}
	}
	return dp[cap]
}

func main() {
	fmt.Println(lcs("AGGTAB", "GXTXAYB"), lcs("gopher", "golang"))
	for _, p := range [][2]string{{"kitten", "sitting"}, {"flaw", "lawn"}, {"", "abc"}, {"same", "same"}} {
		fmt.Printf("%s/%s: %d\n", p[0], p[1], editDistance(p[0], p[1]))
	}
	fmt.Println(coinChange([]int{1, 5, 10, 25}, 63))
	fmt.Println(coinChange([]int{4, 7}, 5))
	fmt.Println(knapsack([]int{1, 3, 4, 5}, []int{1, 4, 5, 7}, 7))
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
		fmt.Println(strings.Repeat(" ", 7-len(row)), row)
	}
}
