package main

import (
	"fmt"
	"math"
	"math/bits"
)

// tsp solves the travelling salesman tour from city 0 with bitmask DP.
func tsp(dist [][]int) (int, []int) {
	n := len(dist)
	full := 1<<n - 1
	dp := make([][]int, 1<<n)
	parent := make([][]int, 1<<n)
	for m := range dp {
		dp[m] = make([]int, n)
		parent[m] = make([]int, n)
		for i := range dp[m] {
			dp[m][i] = math.MaxInt / 2
			parent[m][i] = -1
		}
	}
	dp[1][0] = 0
	for mask := 1; mask <= full; mask++ {
		for last := 0; last < n; last++ {
			if mask&(1<<last) == 0 || dp[mask][last] >= math.MaxInt/2 {
				continue
			}
			for nxt := 0; nxt < n; nxt++ {
				if mask&(1<<nxt) != 0 {
					continue
				}
				nm := mask | 1<<nxt
				if c := dp[mask][last] + dist[last][nxt]; c < dp[nm][nxt] {
					dp[nm][nxt] = c
					parent[nm][nxt] = last
				}
			}
		}
	}
	best, end := math.MaxInt, -1
	for last := 1; last < n; last++ {
		if c := dp[full][last] + dist[last][0]; c < best {
			best, end = c, last
		}
	}
	tour := []int{0}
	for mask, cur := full, end; cur != -1 && cur != 0; {
		tour = append(tour, cur)
		prev := parent[mask][cur]
		mask &^= 1 << cur
		cur = prev
	}
	tour = append(tour, 0)
	return best, tour
}

// canPartitionKSubsets uses DP over subsets (LeetCode 698).
func canPartitionKSubsets(nums []int, k int) bool {
	total := 0
	for _, x := range nums {
		total += x
	}
	if total%k != 0 {
		return false
	}
	target := total / k
	n := len(nums)
	fill := make([]int, 1<<n)
	for i := range fill {
		fill[i] = -1
	}
	fill[0] = 0
	for mask := 0; mask < 1<<n; mask++ {
		if fill[mask] < 0 {
			continue
		}
		for i, x := range nums {
			if mask>>i&1 == 0 && fill[mask]+x <= target {
				fill[mask|1<<i] = (fill[mask] + x) % target
			}
		}
	}
	return fill[1<<n-1] == 0
}

func subsetsWithPopcount(n, k int) []string {
	var out []string
	for m := uint(0); m < 1<<n; m++ {
		if bits.OnesCount(m) == k {
			out = append(out, fmt.Sprintf("%0*b", n, m))
		}
	}
	return out
}

func main() {
	dist := [][]int{
		{0, 10, 15, 20},
		{10, 0, 35, 25},
		{15, 35, 0, 30},
		{20, 25, 30, 0},
	}
	cost, tour := tsp(dist)
	fmt.Println("tsp:", cost, tour)
	fmt.Println(canPartitionKSubsets([]int{4, 3, 2, 3, 5, 2, 1}, 4), canPartitionKSubsets([]int{1, 2, 3, 4}, 3))
	fmt.Println(subsetsWithPopcount(4, 2))
	// Gosper's hack: next bigger number with the same popcount
	x := uint32(0b0111)
	for i := 0; i < 5; i++ {
		fmt.Printf("%06b ", x)
		c := x & -x
		r := x + c
		x = ((r ^ x) >> 2 / c) | r
	}
	fmt.Println()
}
