// Exercises: 0/1 knapsack with const-sized arrays, Sscan parsing of pairs, hand-written max, reconstruction walking back the table
package main

import (
	"fmt"
	"strings"
)

const N = 100
const CAP = 50

const input = `10 60
20 100
30 120
5 30
15 70
25 90`

var dp [N + 1][CAP + 1]int
var w, v [N]int

func max(a, b int) int {
	if a > b {
		return a
	}
	return b
}

func main() {
	n := 0
	for _, line := range strings.Split(input, "\n") {
		fmt.Sscan(line, &w[n], &v[n])
		n++
	}
	for i := 1; i <= n; i++ {
		for c := 0; c <= CAP; c++ {
			dp[i][c] = dp[i-1][c]
			if c >= w[i-1] {
				dp[i][c] = max(dp[i][c], dp[i-1][c-w[i-1]]+v[i-1])
			}
		}
	}
	fmt.Println("best value:", dp[n][CAP])
	c := CAP
	var picked []int
	for i := n; i > 0; i-- {
		if dp[i][c] != dp[i-1][c] {
			picked = append(picked, i-1)
			c -= w[i-1]
		}
	}
	fmt.Println("items:", picked, "left:", c)
}
