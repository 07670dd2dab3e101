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
	var sb []byte
	for i, j := n, m; i > 0 && j > 0; {
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

type Item struct {
	Name          string
	Weight, Value int
}

func knapsack(items []Item, capacity int) (int, []string) {
	dp := make([][]int, len(items)+1)
	for i := range dp {
		dp[i] = make([]int, capacity+1)
	}
	for i, it := range items {
		for w := 0; w <= capacity; w++ {
			dp[i+1][w] = dp[i][w]
			if it.Weight <= w && dp[i][w-it.Weight]+it.Value > dp[i+1][w] {
				dp[i+1][w] = dp[i][w-it.Weight] + it.Value
			}
		}
	}
	var chosen []string
	w := capacity
	for i := len(items); i > 0; i-- {
		if dp[i][w] != dp[i-1][w] {
			chosen = append(chosen, items[i-1].Name)
			w -= items[i-1].Weight
		}
	}
	return dp[len(items)][capacity], chosen
}

func coinWays(coins []int, amount int) int {
	ways := make([]int, amount+1)
	ways[0] = 1
	for _, c := range coins {
		for a := c; a <= amount; a++ {
			ways[a] += ways[a-c]
		}
	}
	return ways[amount]
}

func main() {
	fmt.Printf("%q\n", lcs("ABCBDAB", "BDCABA"))
	fmt.Printf("%q\n", lcs("AGGTAB", "GXTXAYB"))
	for _, p := range [][2]string{{"kitten", "sitting"}, {"flaw", "lawn"}, {"", "abc"}, {"same", "same"}} {
		fmt.Printf("%s/%s=%d ", p[0], p[1], editDistance(p[0], p[1]))
	}
	fmt.Println()
	items := []Item{{"map", 9, 150}, {"compass", 13, 35}, {"water", 153, 200}, {"sandwich", 50, 160},
		{"glucose", 15, 60}, {"tin", 68, 45}, {"banana", 27, 60}, {"apple", 39, 40}}
	best, chosen := knapsack(items, 200)
	fmt.Println(best, strings.Join(chosen, ","))
	fmt.Println(coinWays([]int{1, 2, 5}, 5), coinWays([]int{1, 5, 10, 25, 50}, 100), coinWays([]int{2}, 3))
}
