package main

import (
	"fmt"
	"sort"
)

// twoSum returns indices of the two numbers adding up to target.
func twoSum(nums []int, target int) []int {
	seen := make(map[int]int)
	for i, n := range nums {
		if j, ok := seen[target-n]; ok {
			return []int{j, i}
		}
		seen[n] = i
	}
	return nil
}

// twoSumSorted uses two pointers on a sorted array (1-indexed answer).
func twoSumSorted(numbers []int, target int) [2]int {
	l, r := 0, len(numbers)-1
	for l < r {
		s := numbers[l] + numbers[r]
		switch {
		case s == target:
			return [2]int{l + 1, r + 1}
		case s < target:
			l++
		default:
			r--
		}
	}
	return [2]int{-1, -1}
}

func threeSum(nums []int) [][]int {
	sort.Ints(nums)
	var res [][]int
	for i := 0; i < len(nums)-2; i++ {
		if i > 0 && nums[i] == nums[i-1] {
			continue
		}
		l, r := i+1, len(nums)-1
		for l < r {
			sum := nums[i] + nums[l] + nums[r]
			if sum < 0 {
				l++
			} else if sum > 0 {
				r--
			} else {
				res = append(res, []int{nums[i], nums[l], nums[r]})
				for l < r && nums[l] == nums[l+1] {
					l++
				}
				for l < r && nums[r] == nums[r-1] {
					r--
				}
				l++
				r--
			}
		}
	}
	return res
}

func maxArea(height []int) int {
	best := 0
	for l, r := 0, len(height)-1; l < r; {
		h := min(height[l], height[r])
		best = max(best, h*(r-l))
		if height[l] < height[r] {
			l++
		} else {
			r--
		}
	}
	return best
}

func main() {
	fmt.Println("twoSum:", twoSum([]int{2, 7, 11, 15}, 9))
	fmt.Println("twoSum:", twoSum([]int{3, 2, 4}, 6))
	fmt.Println("twoSum none:", twoSum([]int{1, 2}, 10) == nil)
	fmt.Println("sorted:", twoSumSorted([]int{2, 7, 11, 15}, 9))
	fmt.Printf("sorted miss: %v\n", twoSumSorted([]int{1, 2, 3}, 100))
	for _, tc := range [][]int{{-1, 0, 1, 2, -1, -4}, {0, 1, 1}, {0, 0, 0, 0}} {
		in := append([]int(nil), tc...)
		fmt.Printf("threeSum(%v) = %v\n", in, threeSum(tc))
	}
	fmt.Println("maxArea:", maxArea([]int{1, 8, 6, 2, 5, 4, 8, 3, 7}))
	fmt.Println("maxArea:", maxArea([]int{1, 1}))
}
