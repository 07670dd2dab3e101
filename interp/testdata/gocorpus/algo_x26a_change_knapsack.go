package main

import (
	"errors"
	"fmt"
	"slices"
)

var ErrNoChange = errors.New("no combination of coins makes the target")

func Change(coins []int, target int) ([]int, error) {
	if target < 0 {
		return nil, fmt.Errorf("negative target %d: %w", target, ErrNoChange)
	}
	const inf = 1 << 30
	best := make([]int, target+1)
	last := make([]int, target+1)
	for i := 1; i <= target; i++ {
		best[i] = inf
		for _, c := range coins {
			if c <= i && best[i-c]+1 < best[i] {
				best[i] = best[i-c] + 1
				last[i] = c
			}
		}
	}
	if best[target] >= inf {
		return nil, ErrNoChange
	}
	var out []int
	for t := target; t > 0; t -= last[t] {
		out = append(out, last[t])
	}
	slices.Sort(out)
	return out, nil
}

type Item struct {
	Name          string
	Weight, Value int
}

func Knapsack(items []Item, capacity int) (int, []string) {
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
	var chosen []string
	for i, w := n, capacity; i > 0; i-- {
		if dp[i][w] != dp[i-1][w] {
			chosen = append(chosen, items[i-1].Name)
			w -= items[i-1].Weight
		}
	}
	slices.Reverse(chosen)
	return dp[n][capacity], chosen
}

func main() {
	cases := []struct {
		coins  []int
		target int
	}{
		{[]int{1, 5, 10, 25, 100}, 15},
		{[]int{1, 4, 15, 20, 50}, 23},
		{[]int{1, 2, 5, 10, 20, 50, 100}, 999},
		{[]int{2, 5, 10, 20, 50}, 21},
		{[]int{5, 10}, 3},
		{[]int{1}, 0},
		{[]int{1}, -5},
	}
	for _, c := range cases {
		got, err := Change(c.coins, c.target)
		if err != nil {
			fmt.Printf("%d: error %v (is=%t)\n", c.target, err, errors.Is(err, ErrNoChange))
			continue
		}
		fmt.Printf("%d: %d coins %v\n", c.target, len(got), got)
	}
	items := []Item{
		{"map", 9, 150}, {"compass", 13, 35}, {"water", 153, 200}, {"sandwich", 50, 160},
		{"glucose", 15, 60}, {"tin", 68, 45}, {"banana", 27, 60}, {"apple", 39, 40},
	}
	v, chosen := Knapsack(items, 200)
	fmt.Println(v, chosen)
	v, chosen = Knapsack(items, 10)
	fmt.Println(v, chosen)
}
