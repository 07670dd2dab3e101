package main

import (
	"fmt"
	"slices"
)

func twoSumMap(nums []int, target int) (int, int, bool) {
	seen := make(map[int]int)
	for i, n := range nums {
		if j, ok := seen[target-n]; ok {
			return j, i, true
		}
		seen[n] = i
	}
	return -1, -1, false
}

func twoSumSorted(nums []int, target int) [][2]int {
	s := slices.Clone(nums)
	slices.Sort(s)
	var res [][2]int
	lo, hi := 0, len(s)-1
	for lo < hi {
		sum := s[lo] + s[hi]
		switch {
		case sum == target:
			res = append(res, [2]int{s[lo], s[hi]})
			lo++
			hi--
			for lo < hi && s[lo] == s[lo-1] {
				lo++
			}
		case sum < target:
			lo++
		default:
			hi--
		}
	}
	return res
}

func threeSum(nums []int) [][]int {
	s := slices.Sorted(slices.Values(nums))
	var out [][]int
	for i := 0; i < len(s)-2; i++ {
		if i > 0 && s[i] == s[i-1] {
			continue
		}
		for _, p := range twoSumSorted(s[i+1:], -s[i]) {
			out = append(out, []int{s[i], p[0], p[1]})
		}
	}
	return out
}

func main() {
	nums := []int{2, 7, 11, 15, -3, 4, 8, 1}
	for _, t := range []int{9, 12, 5, 100} {
		i, j, ok := twoSumMap(nums, t)
		fmt.Printf("target %3d: %d %d %v\n", t, i, j, ok)
	}
	fmt.Println(twoSumSorted([]int{1, 1, 2, 3, 4, 5, 5, 6}, 7))
	fmt.Println(threeSum([]int{-1, 0, 1, 2, -1, -4}))
	fmt.Println(threeSum([]int{0, 0, 0, 0}))
	fmt.Printf("%v %d\n", threeSum(nil) == nil, len(threeSum([]int{1, 2})))
}
