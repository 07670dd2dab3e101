// Exercises: coin change (number of ways with int64, minimum coins with sentinel), strconv.Atoi over strings.Fields, -1 for impossible
package main

import (
	"fmt"
	"strconv"
	"strings"
)

const coinsIn = "1 2 5 10 20 50 100 200"
const targets = `200
7
0
3`

func main() {
	var coins []int
	for _, f := range strings.Fields(coinsIn) {
		c, _ := strconv.Atoi(f)
		coins = append(coins, c)
	}
	for _, t := range strings.Split(targets, "\n") {
		target, err := strconv.Atoi(t)
		if err != nil {
			fmt.Println("bad:", err)
			continue
		}
		ways := make([]int64, target+1)
		ways[0] = 1
		for _, c := range coins {
			for s := c; s <= target; s++ {
				ways[s] += ways[s-c]
			}
		}
		const INF = int(1e9)
		minc := make([]int, target+1)
		for i := 1; i <= target; i++ {
			minc[i] = INF
			for _, c := range coins {
				if c <= i && minc[i-c]+1 < minc[i] {
					minc[i] = minc[i-c] + 1
				}
			}
		}
		m := minc[target]
		if m == INF {
			m = -1
		}
		fmt.Printf("%d: ways=%d min=%d\n", target, ways[target], m)
	}
	odd := []int{4, 6}
	dp := [8]int{}
	for i := 1; i < len(dp); i++ {
		dp[i] = -1
		for _, c := range odd {
			if c <= i && dp[i-c] >= 0 && (dp[i] < 0 || dp[i-c]+1 < dp[i]) {
				dp[i] = dp[i-c] + 1
			}
		}
	}
	fmt.Println(dp)
}
