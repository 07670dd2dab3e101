// Exercises: classic two-sum and pair-counting exercises using a map of seen values.
package main

import (
	"fmt"
	"sort"
)

func twoSum(nums []int, target int) (int, int, bool) {
	seen := map[int]int{}
	for i, n := range nums {
		if j, ok := seen[target-n]; ok {
			return j, i, true
		}
		seen[n] = i
	}
	return -1, -1, false
}

func pairs(nums []int, target int) [][2]int {
	count := map[int]int{}
	var out [][2]int
	for _, n := range nums {
		if count[target-n] > 0 {
			a, b := min(n, target-n), max(n, target-n)
			out = append(out, [2]int{a, b})
			count[target-n]--
			continue
		}
		count[n]++
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	return out
}

func main() {
	fmt.Println(twoSum([]int{2, 7, 11, 15}, 9))
	fmt.Println(twoSum([]int{3, 2, 4}, 6))
	fmt.Println(twoSum([]int{1, 2}, 10))
	expenses := []int{1721, 979, 366, 299, 675, 1456}
	i, j, _ := twoSum(expenses, 2020)
	fmt.Println(expenses[i], expenses[j], expenses[i]*expenses[j])
	fmt.Println(pairs([]int{1, 5, 7, -1, 5, 3, 3}, 6))
}
