package main

import (
	"fmt"
	"slices"
	"strings"
)

type Item struct {
	Name          string
	Weight, Value int
}

func Knapsack(items []Item, capacity int) (int, []Item) {
	n := len(items)
	dp := make([][]int, n+1)
	for i := range dp {
		dp[i] = make([]int, capacity+1)
	}
	for i := 1; i <= n; i++ {
		it := items[i-1]
		for w := 0; w <= capacity; w++ {
			dp[i][w] = dp[i-1][w]
			if it.Weight <= w {
				dp[i][w] = max(dp[i][w], dp[i-1][w-it.Weight]+it.Value)
			}
		}
	}
	var chosen []Item
	w := capacity
	for i := n; i > 0; i-- {
		if dp[i][w] != dp[i-1][w] {
			chosen = append(chosen, items[i-1])
			w -= items[i-1].Weight
		}
	}
	slices.Reverse(chosen)
	return dp[n][capacity], chosen
}

func Change(coins []int, target int) ([]int, bool) {
	const inf = 1 << 30
	best := make([]int, target+1)
	from := make([]int, target+1)
	for i := 1; i <= target; i++ {
		best[i] = inf
		for _, c := range coins {
			if c <= i && best[i-c]+1 < best[i] {
				best[i] = best[i-c] + 1
				from[i] = c
			}
		}
	}
	if target < 0 || best[target] == inf {
		return nil, false
	}
	var out []int
	for t := target; t > 0; t -= from[t] {
		out = append(out, from[t])
	}
	slices.Sort(out)
	return out, true
}

func LCS(a, b string) string {
	dp := make([][]int, len(a)+1)
	for i := range dp {
		dp[i] = make([]int, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				dp[i][j] = 1 + dp[i+1][j+1]
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
			i, j = i+1, j+1
		case dp[i+1][j] >= dp[i][j+1]:
			i++
		default:
			j++
		}
	}
	return sb.String()
}

func main() {
	items := []Item{{"map", 9, 150}, {"compass", 13, 35}, {"water", 153, 200}, {"sandwich", 50, 160},
		{"glucose", 15, 60}, {"tin", 68, 45}, {"banana", 27, 60}, {"apple", 39, 40}, {"cheese", 23, 30}}
	for _, capa := range []int{0, 50, 100, 400} {
		v, ch := Knapsack(items, capa)
		fmt.Printf("cap %3d value %3d %+v\n", capa, v, ch)
	}
	for _, t := range []int{0, 7, 23, 63, 3} {
		c, ok := Change([]int{5, 10, 21, 25}, t)
		fmt.Println(t, c, ok)
	}
	fmt.Printf("%q %q %q\n", LCS("ABCBDAB", "BDCABA"), LCS("gopher", "golang"), LCS("", "x"))
}
