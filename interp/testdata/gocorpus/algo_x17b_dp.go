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
	slices.Reverse(sb)
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

func knapsack(weights, values []int, capacity int) (int, []int) {
	n := len(weights)
	dp := make([][]int, n+1)
	for i := range dp {
		dp[i] = make([]int, capacity+1)
	}
	for i := 1; i <= n; i++ {
		for c := 0; c <= capacity; c++ {
			dp[i][c] = dp[i-1][c]
			if w := weights[i-1]; w <= c {
				dp[i][c] = max(dp[i][c], dp[i-1][c-w]+values[i-1])
			}
		}
	}
	var chosen []int
	for i, c := n, capacity; i > 0; i-- {
		if dp[i][c] != dp[i-1][c] {
			chosen = append(chosen, i-1)
			c -= weights[i-1]
		}
	}
	slices.Reverse(chosen)
	return dp[n][capacity], chosen
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
	fmt.Printf("%q\n", lcs("AGGTAB", "GXTXAYB"))
	fmt.Println(editDistance([]rune("kitten"), []rune("sitting")), editDistance([]rune("héllo"), []rune("hello")))
	best, items := knapsack([]int{1, 3, 4, 5}, []int{1, 4, 5, 7}, 7)
	fmt.Println(best, items)
	fmt.Println(coinWays([]int{1, 2, 5}, 11), coinWays([]int{2}, 3))
	var memo = map[[2]int]int{}
	var paths func(r, c int) int
	paths = func(r, c int) int {
		if r == 0 || c == 0 {
			return 1
		}
		k := [2]int{r, c}
		if v, ok := memo[k]; ok {
			return v
		}
		v := paths(r-1, c) + paths(r, c-1)
		memo[k] = v
		return v
	}
	fmt.Println(paths(10, 10), len(memo))
	tri := [][]int{{1}}
	for i := 1; i < 6; i++ {
		row := make([]int, i+1)
		row[0], row[i] = 1, 1
		for j := 1; j < i; j++ {
			row[j] = tri[i-1][j-1] + tri[i-1][j]
		}
		tri = append(tri, row)
	}
	for _, row := range tri {
		fmt.Println(strings.Repeat(" ", 6-len(row)), row)
	}
}
