package main

import (
	"fmt"
	"slices"
	"sort"
)

type Item struct {
	Name          string
	Weight, Value int
}

func Knapsack(items []Item, cap int) (int, []string) {
	dp := make([][]int, len(items)+1)
	for i := range dp {
		dp[i] = make([]int, cap+1)
	}
	for i, it := range items {
		for w := 0; w <= cap; w++ {
			dp[i+1][w] = dp[i][w]
			if it.Weight <= w {
				dp[i+1][w] = max(dp[i+1][w], dp[i][w-it.Weight]+it.Value)
			}
		}
	}
	var chosen []string
	w := cap
	for i := len(items); i > 0; i-- {
		if dp[i][w] != dp[i-1][w] {
			chosen = append(chosen, items[i-1].Name)
			w -= items[i-1].Weight
		}
	}
	sort.Strings(chosen)
	return dp[len(items)][cap], chosen
}

func MinCoins(coins []int, amount int) (int, map[int]int) {
	const inf = 1 << 30
	best := make([]int, amount+1)
	last := make([]int, amount+1)
	for a := 1; a <= amount; a++ {
		best[a] = inf
		for _, c := range coins {
			if c <= a && best[a-c]+1 < best[a] {
				best[a] = best[a-c] + 1
				last[a] = c
			}
		}
	}
	if best[amount] >= inf {
		return -1, nil
	}
	used := map[int]int{}
	for a := amount; a > 0; a -= last[a] {
		used[last[a]]++
	}
	return best[amount], used
}

func CountWays(coins []int, amount int) uint64 {
	ways := make([]uint64, amount+1)
	ways[0] = 1
	for _, c := range coins {
		for a := c; a <= amount; a++ {
			ways[a] += ways[a-c]
		}
	}
	return ways[amount]
}

func Subsets[T any](xs []T) [][]T {
	out := [][]T{{}}
	for _, x := range xs {
		n := len(out)
		for i := range n {
			out = append(out, append(slices.Clone(out[i]), x))
		}
	}
	return out
}

func main() {
	items := []Item{{"map", 9, 150}, {"compass", 13, 35}, {"water", 153, 200}, {"sandwich", 50, 160},
		{"glucose", 15, 60}, {"tin", 68, 45}, {"banana", 27, 60}, {"apple", 39, 40}, {"cheese", 23, 30}}
	v, chosen := Knapsack(items, 200)
	fmt.Println(v, chosen)
	v, chosen = Knapsack(items, 10)
	fmt.Println(v, chosen)
	for _, amt := range []int{0, 11, 63, 7} {
		n, used := MinCoins([]int{1, 5, 10, 25}, amt)
		fmt.Println(amt, n, used)
	}
	n, used := MinCoins([]int{4, 6}, 7)
	fmt.Println(n, used == nil, len(used))
	fmt.Println(CountWays([]int{1, 2, 5}, 5), CountWays([]int{2, 5, 3, 6}, 10), CountWays([]int{1, 5, 10, 25, 50, 100}, 1000))
	subs := Subsets([]string{"a", "b", "c"})
	fmt.Println(len(subs), subs)
}
