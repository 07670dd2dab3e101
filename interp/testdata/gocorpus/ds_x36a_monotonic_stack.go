package main

import "fmt"

func dailyTemperatures(t []int) []int {
	res := make([]int, len(t))
	var stack []int
	for i, temp := range t {
		for len(stack) > 0 && t[stack[len(stack)-1]] < temp {
			j := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			res[j] = i - j
		}
		stack = append(stack, i)
	}
	return res
}

func largestRectangleArea(heights []int) int {
	stack := []int{-1}
	best := 0
	heights = append(heights, 0)
	for i, h := range heights {
		for len(stack) > 1 && heights[stack[len(stack)-1]] >= h {
			top := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			width := i - stack[len(stack)-1] - 1
			best = max(best, heights[top]*width)
		}
		stack = append(stack, i)
	}
	return best
}

func nextGreaterElements(nums []int) []int {
	n := len(nums)
	res := make([]int, n)
	for i := range res {
		res[i] = -1
	}
	var st []int
	for i := 0; i < 2*n; i++ {
		v := nums[i%n]
		for len(st) > 0 && nums[st[len(st)-1]] < v {
			res[st[len(st)-1]] = v
			st = st[:len(st)-1]
		}
		if i < n {
			st = append(st, i)
		}
	}
	return res
}

func trap(height []int) int {
	water := 0
	var st []int
	for i, h := range height {
		for len(st) > 0 && height[st[len(st)-1]] < h {
			bottom := height[st[len(st)-1]]
			st = st[:len(st)-1]
			if len(st) == 0 {
				break
			}
			left := st[len(st)-1]
			water += (min(height[left], h) - bottom) * (i - left - 1)
		}
		st = append(st, i)
	}
	return water
}

func removeKdigits(num string, k int) string {
	st := []byte{}
	for i := 0; i < len(num); i++ {
		for k > 0 && len(st) > 0 && st[len(st)-1] > num[i] {
			st = st[:len(st)-1]
			k--
		}
		st = append(st, num[i])
	}
	st = st[:len(st)-k]
	for len(st) > 0 && st[0] == '0' {
		st = st[1:]
	}
	if len(st) == 0 {
		return "0"
	}
	return string(st)
}

func main() {
	fmt.Println(dailyTemperatures([]int{73, 74, 75, 71, 69, 72, 76, 73}))
	fmt.Println(dailyTemperatures([]int{30, 60, 90}))
	h := []int{2, 1, 5, 6, 2, 3}
	fmt.Println(largestRectangleArea(h), h, largestRectangleArea([]int{2, 4}))
	fmt.Println(nextGreaterElements([]int{1, 2, 1}), nextGreaterElements([]int{1, 2, 3, 4, 3}))
	fmt.Println(trap([]int{0, 1, 0, 2, 1, 0, 1, 3, 2, 1, 2, 1}), trap([]int{4, 2, 0, 3, 2, 5}))
	fmt.Printf("%q %q %q\n", removeKdigits("1432219", 3), removeKdigits("10200", 1), removeKdigits("10", 2))
}
