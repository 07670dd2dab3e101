package main

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
)

// lowerBound returns the first index i with s[i] >= x.
func lowerBound[T cmp.Ordered](s []T, x T) int {
	lo, hi := 0, len(s)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if s[mid] < x {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

func searchRange(nums []int, target int) [2]int {
	l := lowerBound(nums, target)
	if l == len(nums) || nums[l] != target {
		return [2]int{-1, -1}
	}
	return [2]int{l, lowerBound(nums, target+1) - 1}
}

func searchRotated(nums []int, target int) int {
	lo, hi := 0, len(nums)-1
	for lo <= hi {
		mid := (lo + hi) / 2
		if nums[mid] == target {
			return mid
		}
		if nums[lo] <= nums[mid] {
			if nums[lo] <= target && target < nums[mid] {
				hi = mid - 1
			} else {
				lo = mid + 1
			}
		} else {
			if nums[mid] < target && target <= nums[hi] {
				lo = mid + 1
			} else {
				hi = mid - 1
			}
		}
	}
	return -1
}

func mySqrt(x int) int {
	return sort.Search(x+1, func(k int) bool { return k*k > x }) - 1
}

// minEatingSpeed is Koko eating bananas: binary search on the answer.
func minEatingSpeed(piles []int, h int) int {
	hi := slices.Max(piles)
	return 1 + sort.Search(hi, func(i int) bool {
		k := i + 1
		hours := 0
		for _, p := range piles {
			hours += (p + k - 1) / k
		}
		return hours <= h
	})
}

func findPeak(nums []int) int {
	lo, hi := 0, len(nums)-1
	for lo < hi {
		if mid := (lo + hi) / 2; nums[mid] < nums[mid+1] {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

func main() {
	nums := []int{5, 7, 7, 8, 8, 10}
	fmt.Println(searchRange(nums, 8), searchRange(nums, 6), searchRange(nil, 0))
	words := []string{"ant", "bee", "cat", "dog"}
	fmt.Println(lowerBound(words, "cow"), lowerBound([]float64{0.5, 1.5}, 2))
	i, found := slices.BinarySearch(words, "cat")
	fmt.Println(i, found)
	fmt.Println(searchRotated([]int{4, 5, 6, 7, 0, 1, 2}, 0), searchRotated([]int{4, 5, 6, 7, 0, 1, 2}, 3), searchRotated([]int{1}, 1))
	for _, x := range []int{0, 1, 4, 8, 2147395599} {
		fmt.Printf("sqrt(%d)=%d ", x, mySqrt(x))
	}
	fmt.Println()
	fmt.Println(minEatingSpeed([]int{3, 6, 7, 11}, 8), minEatingSpeed([]int{30, 11, 23, 4, 20}, 5), minEatingSpeed([]int{30, 11, 23, 4, 20}, 6))
	fmt.Println(findPeak([]int{1, 2, 3, 1}), findPeak([]int{1, 2, 1, 3, 5, 6, 4}))
	j, ok := slices.BinarySearchFunc([]struct{ K int }{{1}, {4}, {9}}, 4, func(e struct{ K int }, t int) int { return cmp.Compare(e.K, t) })
	fmt.Println(j, ok)
}
