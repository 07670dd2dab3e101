package main

import (
	"fmt"
	"slices"
	"strings"
)

type Item struct {
	Name   string
	Weight int
	Value  int
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

func CoinChange(coins []int, amount int) (int, map[int]int) {
	const inf = 1 << 30
	best := make([]int, amount+1)
	from := make([]int, amount+1)
	for a := 1; a <= amount; a++ {
		best[a] = inf
		for _, c := range coins {
			if c <= a && best[a-c]+1 < best[a] {
				best[a] = best[a-c] + 1
				from[a] = c
			}
		}
	}
	if best[amount] >= inf {
		return -1, nil
	}
	used := map[int]int{}
	for a := amount; a > 0; a -= from[a] {
		used[from[a]]++
	}
	return best[amount], used
}

func LIS(xs []int) []int {
	if len(xs) == 0 {
		return nil
	}
	length := make([]int, len(xs))
	prev := make([]int, len(xs))
	bestEnd := 0
	for i := range xs {
		length[i], prev[i] = 1, -1
		for j := 0; j < i; j++ {
			if xs[j] < xs[i] && length[j]+1 > length[i] {
				length[i], prev[i] = length[j]+1, j
			}
		}
		if length[i] > length[bestEnd] {
			bestEnd = i
		}
	}
	var out []int
	for i := bestEnd; i >= 0; i = prev[i] {
		out = append(out, xs[i])
	}
	slices.Reverse(out)
	return out
}

func main() {
	items := []Item{{"tent", 5, 60}, {"stove", 3, 50}, {"food", 4, 70}, {"camera", 2, 30}, {"book", 1, 10}, {"rope", 2, 15}}
	for _, capa := range []int{0, 5, 10, 17} {
		v, ch := Knapsack(items, capa)
		var names []string
		for _, c := range ch {
			names = append(names, c.Name)
		}
		fmt.Printf("cap=%2d value=%3d [%s]\n", capa, v, strings.Join(names, ","))
	}
	for _, amt := range []int{0, 11, 30, 7} {
		n, used := CoinChange([]int{1, 5, 10, 25}, amt)
		fmt.Println(amt, n, used)
	}
	fmt.Println(CoinChange([]int{4, 6}, 7))
	fmt.Println(LIS([]int{10, 9, 2, 5, 3, 7, 101, 18, 4, 19}), LIS(nil))
}
