package main

import (
	"fmt"
	"sort"
)

type Job struct {
	Start, End, Profit int
}

// jobScheduling is LeetCode 1235 with reconstruction of chosen jobs.
func jobScheduling(jobs []Job) (int, []Job) {
	sort.Slice(jobs, func(i, j int) bool { return jobs[i].End < jobs[j].End })
	n := len(jobs)
	dp := make([]int, n+1)
	take := make([]bool, n+1)
	prevIdx := make([]int, n+1)
	for i := 1; i <= n; i++ {
		j := jobs[i-1]
		// number of jobs ending at or before j.Start
		k := sort.Search(i-1, func(x int) bool { return jobs[x].End > j.Start })
		prevIdx[i] = k
		if with := dp[k] + j.Profit; with > dp[i-1] {
			dp[i], take[i] = with, true
		} else {
			dp[i] = dp[i-1]
		}
	}
	var chosen []Job
	for i := n; i > 0; {
		if take[i] {
			chosen = append([]Job{jobs[i-1]}, chosen...)
			i = prevIdx[i]
		} else {
			i--
		}
	}
	return dp[n], chosen
}

func robCircular(nums []int) int {
	if len(nums) == 1 {
		return nums[0]
	}
	line := func(a []int) int {
		p, c := 0, 0
		for _, x := range a {
			p, c = c, max(c, p+x)
		}
		return c
	}
	return max(line(nums[1:]), line(nums[:len(nums)-1]))
}

func maxProfitCooldown(prices []int) int {
	hold, sold, rest := -1<<31, 0, 0
	for _, p := range prices {
		hold, sold, rest = max(hold, rest-p), hold+p, max(rest, sold)
	}
	return max(sold, rest)
}

func minCostTickets(days []int, costs [3]int) int {
	travel := map[int]bool{}
	for _, d := range days {
		travel[d] = true
	}
	last := days[len(days)-1]
	dp := make([]int, last+1)
	for d := 1; d <= last; d++ {
		if !travel[d] {
			dp[d] = dp[d-1]
			continue
		}
		dp[d] = dp[d-1] + costs[0]
		dp[d] = min(dp[d], dp[max(0, d-7)]+costs[1], dp[max(0, d-30)]+costs[2])
	}
	return dp[last]
}

func main() {
	p, ch := jobScheduling([]Job{{1, 3, 50}, {2, 4, 10}, {3, 5, 40}, {3, 6, 70}})
	fmt.Println(p, ch)
	p, ch = jobScheduling([]Job{{1, 3, 20}, {2, 5, 20}, {3, 10, 100}, {4, 6, 70}, {6, 9, 60}})
	fmt.Printf("%d %+v\n", p, ch)
	p, _ = jobScheduling([]Job{{1, 2, 5}, {1, 3, 6}, {1, 4, 4}})
	fmt.Println(p)
	fmt.Println(robCircular([]int{2, 3, 2}), robCircular([]int{1, 2, 3, 1}), robCircular([]int{7}))
	fmt.Println(maxProfitCooldown([]int{1, 2, 3, 0, 2}), maxProfitCooldown([]int{1}))
	fmt.Println(minCostTickets([]int{1, 4, 6, 7, 8, 20}, [3]int{2, 7, 15}))
	fmt.Println(minCostTickets([]int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 31}, [3]int{2, 7, 15}))
}
