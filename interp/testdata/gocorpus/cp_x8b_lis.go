// Exercises: longest increasing subsequence O(n^2) with parent links and O(n log n) with sort.SearchInts tails
package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

const input = "10 9 2 5 3 7 101 18 4 8 6 12 11 13"

func main() {
	var a []int
	for _, s := range strings.Fields(input) {
		x, _ := strconv.Atoi(s)
		a = append(a, x)
	}
	n := len(a)
	dp := make([]int, n)
	par := make([]int, n)
	bestEnd := 0
	for i := 0; i < n; i++ {
		dp[i], par[i] = 1, -1
		for j := 0; j < i; j++ {
			if a[j] < a[i] && dp[j]+1 > dp[i] {
				dp[i] = dp[j] + 1
				par[i] = j
			}
		}
		if dp[i] > dp[bestEnd] {
			bestEnd = i
		}
	}
	var seq []int
	for i := bestEnd; i != -1; i = par[i] {
		seq = append([]int{a[i]}, seq...)
	}
	fmt.Println("quadratic:", dp[bestEnd], seq)

	tails := []int{}
	for _, x := range a {
		i := sort.SearchInts(tails, x)
		if i == len(tails) {
			tails = append(tails, x)
		} else {
			tails[i] = x
		}
	}
	fmt.Println("tails:", len(tails), tails)
}
