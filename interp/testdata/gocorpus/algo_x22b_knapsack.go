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

const items = `map 9 150
compass 13 35
water 153 200
sandwich 50 160
glucose 15 60
tin 68 45
banana 27 60
apple 39 40
cheese 23 30
beer 52 10
suntan 11 70
camera 32 30`

func knapsack(its []Item, cap int) (int, []string) {
	n := len(its)
	dp := make([][]int, n+1)
	for i := range dp {
		dp[i] = make([]int, cap+1)
	}
	for i := 1; i <= n; i++ {
		it := its[i-1]
		for w := 0; w <= cap; w++ {
			dp[i][w] = dp[i-1][w]
			if it.Weight <= w {
				dp[i][w] = max(dp[i][w], dp[i-1][w-it.Weight]+it.Value)
			}
		}
	}
	var chosen []string
	for i, w := n, cap; i > 0; i-- {
		if dp[i][w] != dp[i-1][w] {
			chosen = append(chosen, its[i-1].Name)
			w -= its[i-1].Weight
		}
	}
	slices.Reverse(chosen)
	return dp[n][cap], chosen
}

func lis(a []int) []int {
	tails := []int{}
	idx := []int{}
	prev := make([]int, len(a))
	for i, x := range a {
		j, _ := slices.BinarySearchFunc(tails, x, func(t, x int) int { return t - x })
		if j == len(tails) {
			tails = append(tails, x)
			idx = append(idx, i)
		} else {
			tails[j] = x
			idx[j] = i
		}
		prev[i] = -1
		if j > 0 {
			prev[i] = idx[j-1]
		}
	}
	var out []int
	for i := idx[len(idx)-1]; i >= 0; i = prev[i] {
		out = append(out, a[i])
	}
	slices.Reverse(out)
	return out
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

func main() {
	var its []Item
	for _, l := range strings.Split(items, "\n") {
		var it Item
		fmt.Sscan(l, &it.Name, &it.Weight, &it.Value)
		its = append(its, it)
	}
	v, chosen := knapsack(its, 200)
	fmt.Println(v, chosen)
	fmt.Println(lis([]int{10, 9, 2, 5, 3, 7, 101, 18, 4, 19, 20}))
	for _, p := range [][2]string{{"kitten", "sitting"}, {"flaw", "lawn"}, {"", "abc"}, {"gopher", "gopher"}} {
		fmt.Printf("%s->%s=%d ", p[0], p[1], editDistance(p[0], p[1]))
	}
	fmt.Println()
}
