package main

import (
	"fmt"
	"strings"
)

// Problems 31 and 76: counting ways to make change / integer partitions.

func ways(target int, coins []int) int64 {
	dp := make([]int64, target+1)
	dp[0] = 1
	for _, c := range coins {
		for v := c; v <= target; v++ {
			dp[v] += dp[v-c]
		}
	}
	return dp[target]
}

func waysRecursive(target int, coins []int, memo map[[2]int]int64) int64 {
	if target == 0 {
		return 1
	}
	if target < 0 || len(coins) == 0 {
		return 0
	}
	key := [2]int{target, len(coins)}
	if v, ok := memo[key]; ok {
		return v
	}
	r := waysRecursive(target-coins[0], coins, memo) + waysRecursive(target, coins[1:], memo)
	memo[key] = r
	return r
}

func listWays(target int, coins []int, prefix []int, emit func([]int)) {
	if target == 0 {
		emit(prefix)
		return
	}
	for i, c := range coins {
		if c <= target {
			listWays(target-c, coins[i:], append(prefix, c), emit)
		}
	}
}

func main() {
	uk := []int{1, 2, 5, 10, 20, 50, 100, 200}
	fmt.Println("ways to make 200p:", ways(200, uk))
	fmt.Println("recursive:", waysRecursive(200, uk, map[[2]int]int64{}))

	desc := []int{5, 2, 1}
	n := 0
	listWays(7, desc, nil, func(p []int) {
		n++
		parts := make([]string, len(p))
		for i, v := range p {
			parts[i] = fmt.Sprint(v)
		}
		fmt.Printf("%2d: %s\n", n, strings.Join(parts, "+"))
	})

	nums := make([]int, 99)
	for i := range nums {
		nums[i] = i + 1
	}
	fmt.Println("partitions of 100 (at least two parts):", ways(100, nums))
}
