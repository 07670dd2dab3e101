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

func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

type item struct {
	name          string
	weight, value int
}

func knapsack(items []item, capacity int) (int, []string) {
	best := make([][]int, len(items)+1)
	for i := range best {
		best[i] = make([]int, capacity+1)
	}
	for i, it := range items {
		for w := 0; w <= capacity; w++ {
			best[i+1][w] = best[i][w]
			if it.weight <= w {
				if v := best[i][w-it.weight] + it.value; v > best[i+1][w] {
					best[i+1][w] = v
				}
			}
		}
	}
	var chosen []string
	w := capacity
	for i := len(items); i > 0; i-- {
		if best[i][w] != best[i-1][w] {
			chosen = append(chosen, items[i-1].name)
			w -= items[i-1].weight
		}
	}
	return best[len(items)][capacity], chosen
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
	pairs := [][2]string{{"ABCBDAB", "BDCABA"}, {"kitten", "sitting"}, {"gopher", "golang"}}
	for _, p := range pairs {
		fmt.Printf("%-8s %-8s lcs=%-5q edit=%d\n", p[0], p[1], lcs(p[0], p[1]), editDistance(p[0], p[1]))
	}

	items := []item{{"map", 9, 150}, {"compass", 13, 35}, {"water", 153, 200}, {"sandwich", 50, 160}, {"glucose", 15, 60}, {"tin", 68, 45}, {"banana", 27, 60}, {"apple", 39, 40}}
	v, chosen := knapsack(items, 200)
	fmt.Println("knapsack value:", v, "items:", strings.Join(chosen, ", "))

	fmt.Println("ways to make 100 cents:", coinWays([]int{1, 5, 10, 25, 50}, 100))

	// Pascal's triangle with a labeled loop
	rows := [][]int{{1}}
outer:
	for len(rows) < 10 {
		last := rows[len(rows)-1]
		next := make([]int, len(last)+1)
		next[0], next[len(last)] = 1, 1
		for i := 1; i < len(last); i++ {
			next[i] = last[i-1] + last[i]
			if next[i] > 50 {
				break outer
			}
		}
		rows = append(rows, next)
	}
	for _, r := range rows {
		fmt.Printf("%*s%v\n", 10-len(r), "", r)
	}
}
