package main

import (
	"bufio"
	"fmt"
	"strings"
)

const input = `50
gold 10 60
silver 20 100
bronze 30 120
gem 5 50
rope 15 30
lamp 25 90`

type Item struct {
	Name   string
	Weight int
	Value  int
}

func main() {
	sc := bufio.NewScanner(strings.NewReader(input))
	sc.Scan()
	var capacity int
	fmt.Sscan(sc.Text(), &capacity)
	var items []Item
	for sc.Scan() {
		var it Item
		if _, err := fmt.Sscanf(sc.Text(), "%s %d %d", &it.Name, &it.Weight, &it.Value); err != nil {
			panic(err)
		}
		items = append(items, it)
	}
	n := len(items)
	dp := make([][]int, n+1)
	for i := range dp {
		dp[i] = make([]int, capacity+1)
	}
	for i := 1; i <= n; i++ {
		it := items[i-1]
		for w := 0; w <= capacity; w++ {
			dp[i][w] = dp[i-1][w]
			if w >= it.Weight && dp[i-1][w-it.Weight]+it.Value > dp[i][w] {
				dp[i][w] = dp[i-1][w-it.Weight] + it.Value
			}
		}
	}
	fmt.Println("best value:", dp[n][capacity])
	var chosen []Item
	for i, w := n, capacity; i > 0; i-- {
		if dp[i][w] != dp[i-1][w] {
			chosen = append(chosen, items[i-1])
			w -= items[i-1].Weight
		}
	}
	for i, j := 0, len(chosen)-1; i < j; i, j = i+1, j-1 {
		chosen[i], chosen[j] = chosen[j], chosen[i]
	}
	tw := 0
	for _, c := range chosen {
		tw += c.Weight
		fmt.Printf("  %+v\n", c)
	}
	fmt.Println("weight used:", tw)

	// unbounded coin change: number of ways and min coins
	coins := []int{1, 5, 10, 25}
	target := 63
	ways := make([]int64, target+1)
	minc := make([]int, target+1)
	ways[0] = 1
	for i := 1; i <= target; i++ {
		minc[i] = 1 << 30
	}
	for _, c := range coins {
		for v := c; v <= target; v++ {
			ways[v] += ways[v-c]
			minc[v] = min(minc[v], minc[v-c]+1)
		}
	}
	fmt.Printf("ways(%d)=%d min=%d\n", target, ways[target], minc[target])
}
