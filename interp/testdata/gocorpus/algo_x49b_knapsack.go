package main

import (
	"fmt"
	"sort"
)

type Item struct {
	Name   string
	Weight int
	Value  int
}

func knapsack01(items []Item, capacity int) (int, []Item) {
	n := len(items)
	dp := make([][]int, n+1)
	for i := range dp {
		dp[i] = make([]int, capacity+1)
	}
	for i := 1; i <= n; i++ {
		it := items[i-1]
		for w := 0; w <= capacity; w++ {
			dp[i][w] = dp[i-1][w]
			if it.Weight <= w && dp[i-1][w-it.Weight]+it.Value > dp[i][w] {
				dp[i][w] = dp[i-1][w-it.Weight] + it.Value
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
	return dp[n][capacity], chosen
}

func fractional(items []Item, capacity int) float64 {
	sorted := append([]Item(nil), items...)
	sort.Slice(sorted, func(i, j int) bool {
		return float64(sorted[i].Value)/float64(sorted[i].Weight) >
			float64(sorted[j].Value)/float64(sorted[j].Weight)
	})
	total := 0.0
	left := capacity
	for _, it := range sorted {
		if left == 0 {
			break
		}
		take := min(left, it.Weight)
		frac := float64(take) / float64(it.Weight)
		total += frac * float64(it.Value)
		fmt.Printf("  take %-6s %5.1f%%\n", it.Name, frac*100)
		left -= take
	}
	return total
}

func main() {
	items := []Item{{"gold", 10, 60}, {"silver", 20, 100}, {"bronze", 30, 120}}
	best, chosen := knapsack01(items, 50)
	fmt.Println("0-1 best:", best)
	for _, it := range chosen {
		fmt.Printf("  %+v\n", it)
	}
	fmt.Println("fractional:")
	fmt.Printf("fractional best: %.2f\n", fractional(items, 50))
	fmt.Printf("%#v\n", chosen[0])
}
