package main

import (
	"fmt"
	"strings"
)

type Item struct {
	Name   string
	Weight int
	Value  int
}

func knapsack(items []Item, cap int) (int, []string) {
	n := len(items)
	dp := make([][]int, n+1)
	for i := range dp {
		dp[i] = make([]int, cap+1)
	}
	for i := 1; i <= n; i++ {
		it := items[i-1]
		for w := 0; w <= cap; w++ {
			dp[i][w] = dp[i-1][w]
			if it.Weight <= w {
				dp[i][w] = max(dp[i][w], dp[i-1][w-it.Weight]+it.Value)
			}
		}
	}
	var chosen []string
	w := cap
	for i := n; i > 0; i-- {
		if dp[i][w] != dp[i-1][w] {
			chosen = append([]string{items[i-1].Name}, chosen...)
			w -= items[i-1].Weight
		}
	}
	return dp[n][cap], chosen
}

func lcs(a, b string) string {
	m, n := len(a), len(b)
	dp := make([][]int, m+1)
	for i := range dp {
		dp[i] = make([]int, n+1)
	}
	for i := m - 1; i >= 0; i-- {
		for j := n - 1; j >= 0; j-- {
			if a[i] == b[j] {
				dp[i][j] = 1 + dp[i+1][j+1]
			} else {
				dp[i][j] = max(dp[i+1][j], dp[i][j+1])
			}
		}
	}
	var sb strings.Builder
	i, j := 0, 0
	for i < m && j < n {
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

func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur := make([]int, len(rb)+1)
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(rb)]
}

func coinWays(coins []int, amount int) (ways int, fewest int) {
	w := make([]int, amount+1)
	f := make([]int, amount+1)
	w[0] = 1
	for i := 1; i <= amount; i++ {
		f[i] = 1 << 30
	}
	for _, c := range coins {
		for a := c; a <= amount; a++ {
			w[a] += w[a-c]
			f[a] = min(f[a], f[a-c]+1)
		}
	}
	return w[amount], f[amount]
}

func main() {
	items := []Item{{"map", 9, 150}, {"compass", 13, 35}, {"water", 153, 200}, {"sandwich", 50, 160},
		{"glucose", 15, 60}, {"tin", 68, 45}, {"banana", 27, 60}, {"apple", 39, 40}, {"cheese", 23, 30}}
	v, chosen := knapsack(items, 200)
	fmt.Println(v, chosen)
	for _, p := range [][2]string{{"AGGTAB", "GXTXAYB"}, {"gopher", "golang"}, {"abc", "xyz"}} {
		fmt.Printf("lcs(%s,%s)=%q edit=%d\n", p[0], p[1], lcs(p[0], p[1]), editDistance(p[0], p[1]))
	}
	fmt.Println(editDistance("kitten", "sitting"), editDistance("", "abc"), editDistance("naïve", "naive"))
	for _, amt := range []int{11, 30, 100} {
		w, f := coinWays([]int{1, 5, 10, 25}, amt)
		fmt.Printf("amount %d: %d ways, fewest %d coins\n", amt, w, f)
	}
	memo := map[[2]int]int{}
	var paths func(r, c int) int
	paths = func(r, c int) int {
		if r == 0 || c == 0 {
			return 1
		}
		k := [2]int{r, c}
		if v, ok := memo[k]; ok {
			return v
		}
		memo[k] = paths(r-1, c) + paths(r, c-1)
		return memo[k]
	}
	fmt.Println(paths(16, 16), len(memo))
}
