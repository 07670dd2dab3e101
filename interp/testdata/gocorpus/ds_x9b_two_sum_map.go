// Exercises: two-sum with a map of seen values, three-sum with sorting and two pointers, comma-ok lookups, returning multiple results.
package main

import (
	"fmt"
	"sort"
)

func twoSum(nums []int, target int) (int, int, bool) {
	seen := make(map[int]int, len(nums))
	for i, n := range nums {
		if j, ok := seen[target-n]; ok {
			return j, i, true
		}
		seen[n] = i
	}
	return -1, -1, false
}

func threeSum(nums []int) [][3]int {
	s := append([]int(nil), nums...)
	sort.Ints(s)
	var out [][3]int
	for i := 0; i < len(s)-2; i++ {
		if i > 0 && s[i] == s[i-1] {
			continue
		}
		lo, hi := i+1, len(s)-1
		for lo < hi {
			switch sum := s[i] + s[lo] + s[hi]; {
			case sum < 0:
				lo++
			case sum > 0:
				hi--
			default:
				out = append(out, [3]int{s[i], s[lo], s[hi]})
				for lo < hi && s[lo] == s[lo+1] {
					lo++
				}
				lo, hi = lo+1, hi-1
			}
		}
	}
	return out
}

func main() {
	nums := []int{2, 7, 11, 15, -3, 4}
	for _, t := range []int{9, 1, 26, 100} {
		i, j, ok := twoSum(nums, t)
		fmt.Println(t, i, j, ok)
	}
	fmt.Println(threeSum([]int{-1, 0, 1, 2, -1, -4, -2, 3}))
	fmt.Println(len(threeSum(nil)), nums)
}
