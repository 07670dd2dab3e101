package main

import (
	"fmt"
	"strings"
)

func coinChange(coins []int, amount int) int {
	const inf = 1 << 30
	dp := make([]int, amount+1)
	for i := 1; i <= amount; i++ {
		dp[i] = inf
		for _, c := range coins {
			if c <= i && dp[i-c]+1 < dp[i] {
				dp[i] = dp[i-c] + 1
			}
		}
	}
	if dp[amount] >= inf {
		return -1
	}
	return dp[amount]
}

func change(amount int, coins []int) int {
	ways := make([]int, amount+1)
	ways[0] = 1
	for _, c := range coins {
		for a := c; a <= amount; a++ {
			ways[a] += ways[a-c]
		}
	}
	return ways[amount]
}

type item struct {
	name          string
	weight, value int
}

func knapsack(items []item, capacity int) (int, []string) {
	n := len(items)
	dp := make([][]int, n+1)
	for i := range dp {
		dp[i] = make([]int, capacity+1)
	}
	for i := 1; i <= n; i++ {
		it := items[i-1]
		for w := 0; w <= capacity; w++ {
			dp[i][w] = dp[i-1][w]
			if it.weight <= w {
				dp[i][w] = max(dp[i][w], dp[i-1][w-it.weight]+it.value)
			}
		}
	}
	var chosen []string
	w := capacity
	for i := n; i > 0; i-- {
		if dp[i][w] != dp[i-1][w] {
			chosen = append(chosen, items[i-1].name)
			w -= items[i-1].weight
		}
	}
	return dp[n][capacity], chosen
}

func printTable(coins []int, amount int) {
	fmt.Printf("%6s", "")
	for a := 0; a <= amount; a++ {
		fmt.Printf("%3d", a)
	}
	fmt.Println()
	for k := 1; k <= len(coins); k++ {
		ways := make([]int, amount+1)
		ways[0] = 1
		for _, c := range coins[:k] {
			for a := c; a <= amount; a++ {
				ways[a] += ways[a-c]
			}
		}
		fmt.Printf("%6v", coins[:k])
		for _, w := range ways {
			fmt.Printf("%3d", w)
		}
		fmt.Println()
	}
}

func main() {
	fmt.Println(coinChange([]int{1, 2, 5}, 11), coinChange([]int{2}, 3), coinChange([]int{1}, 0))
	fmt.Println(coinChange([]int{186, 419, 83, 408}, 6249))
	fmt.Println(change(5, []int{1, 2, 5}), change(3, []int{2}), change(10, []int{10}))
	items := []item{{"map", 9, 150}, {"compass", 13, 35}, {"water", 153, 200}, {"sandwich", 50, 160}, {"glucose", 15, 60}, {"tin", 68, 45}, {"banana", 27, 60}, {"apple", 39, 40}}
	best, chosen := knapsack(items, 200)
	fmt.Printf("best=%d chosen=%s\n", best, strings.Join(chosen, ","))
	printTable([]int{1, 2, 5}, 8)
}
