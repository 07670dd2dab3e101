package main

import (
	"fmt"
	"math"
	"slices"
)

type Item struct {
	Name          string
	Weight, Value int
}

func knapsack(items []Item, cap int) (int, []string) {
	n := len(items)
	dp := make([][]int, n+1)
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
	for i, w := n, cap; i > 0; i-- {
		if dp[i][w] != dp[i-1][w] {
			chosen = append(chosen, items[i-1].Name)
			w -= items[i-1].Weight
		}
	}
	slices.Sort(chosen)
	return dp[n][cap], chosen
}

func minCoins(coins []int, amount int) (int, map[int]int) {
	best := make([]int, amount+1)
	last := make([]int, amount+1)
	for a := 1; a <= amount; a++ {
		best[a] = math.MaxInt32
		for _, c := range coins {
			if c <= a && best[a-c]+1 < best[a] {
				best[a] = best[a-c] + 1
				last[a] = c
			}
		}
	}
	if best[amount] == math.MaxInt32 {
		return -1, nil
	}
	used := map[int]int{}
	for a := amount; a > 0; a -= last[a] {
		used[last[a]]++
	}
	return best[amount], used
}

func countWays(coins []int, amount int) int64 {
	ways := make([]int64, amount+1)
	ways[0] = 1
	for _, c := range coins {
		for a := c; a <= amount; a++ {
			ways[a] += ways[a-c]
		}
	}
	return ways[amount]
}

func main() {
	items := []Item{
		{"map", 9, 150}, {"compass", 13, 35}, {"water", 153, 200}, {"sandwich", 50, 160},
		{"glucose", 15, 60}, {"tin", 68, 45}, {"banana", 27, 60}, {"apple", 39, 40},
		{"cheese", 23, 30}, {"beer", 52, 10}, {"suntan", 11, 70}, {"camera", 32, 30},
	}
	for _, c := range []int{50, 200, 400} {
		v, ch := knapsack(items, c)
		fmt.Printf("cap %3d -> value %3d %v\n", c, v, ch)
	}
	for _, amt := range []int{11, 30, 63, 7} {
		n, used := minCoins([]int{1, 5, 10, 25}, amt)
		n2, used2 := minCoins([]int{4, 9, 15}, amt)
		fmt.Printf("amount %2d: us=%d %v  odd=%d %v\n", amt, n, used, n2, used2)
	}
	fmt.Println("ways to make 100 cents:", countWays([]int{1, 5, 10, 25, 50}, 100))
	fmt.Println("ways to make 1000 cents:", countWays([]int{1, 2, 5, 10, 20, 50, 100, 200}, 1000))
}
