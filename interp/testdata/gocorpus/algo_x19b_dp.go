package main

import (
	"fmt"
	"strings"
)

func lcs(a, b string) string {
	m, n := len(a), len(b)
	dp := make([][]int, m+1)
	for i := range dp {
		dp[i] = make([]int, n+1)
	}
	for i := 1; i <= m; i++ {
		for j := 1; j <= n; j++ {
			if a[i-1] == b[j-1] {
				dp[i][j] = dp[i-1][j-1] + 1
			} else {
				dp[i][j] = max(dp[i-1][j], dp[i][j-1])
			}
		}
	}
	var sb []byte
	for i, j := m, n; i > 0 && j > 0; {
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

type item struct {
	name          string
	weight, value int
}

func knapsack(items []item, capacity int) (int, []string) {
	best := make([]int, capacity+1)
	choice := make([][]bool, len(items))
	for i, it := range items {
		choice[i] = make([]bool, capacity+1)
		for c := capacity; c >= it.weight; c-- {
			if v := best[c-it.weight] + it.value; v > best[c] {
				best[c] = v
				choice[i][c] = true
			}
		}
	}
	var picked []string
	c := capacity
	for i := len(items) - 1; i >= 0; i-- {
		if choice[i][c] {
			picked = append(picked, items[i].name)
			c -= items[i].weight
		}
	}
	return best[capacity], picked
}

func coinWays(coins []int, amount int) int64 {
	ways := make([]int64, amount+1)
	ways[0] = 1
	for _, c := range coins {
		for a := c; a <= amount; a++ {
			ways[a] += ways[a-c]
		}
	}
	return ways[amount]
}

func main() {
	fmt.Println(lcs("AGGTAB", "GXTXAYB"), lcs("programming", "gaming"))
	fmt.Println(editDistance([]rune("kitten"), []rune("sitting")), editDistance([]rune("naïve"), []rune("native")))
	v, picked := knapsack([]item{{"map", 9, 150}, {"compass", 13, 35}, {"water", 153, 200},
		{"sandwich", 50, 160}, {"glucose", 15, 60}, {"tin", 68, 45}, {"banana", 27, 60}}, 200)
	fmt.Println(v, strings.Join(picked, "+"))
	fmt.Println(coinWays([]int{1, 5, 10, 25, 50}, 100), coinWays([]int{2}, 3))
}
