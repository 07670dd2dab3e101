package main

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
)

const input = "7 3\n10 20 30 40 50 60 70\n"

func canSplit(a []int, k, limit int) bool {
	parts, cur := 1, 0
	for _, x := range a {
		if x > limit {
			return false
		}
		if cur+x > limit {
			parts++
			cur = 0
		}
		cur += x
	}
	return parts <= k
}

func main() {
	f := strings.Fields(input)
	nums := make([]int, 0, len(f))
	for _, s := range f {
		v, err := strconv.Atoi(s)
		if err != nil {
			fmt.Println("bad:", err)
			return
		}
		nums = append(nums, v)
	}
	n, k, a := nums[0], nums[1], nums[2:]
	_ = n
	lo, hi := 0, 0
	for _, x := range a {
		hi += x
	}
	for lo < hi {
		mid := lo + (hi-lo)/2
		if canSplit(a, k, mid) {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	fmt.Println("min largest part:", lo)

	ans := sort.Search(1000, func(x int) bool { return x*x >= 500 })
	fmt.Println("ceil sqrt(500):", ans)

	sorted := []int{1, 3, 3, 3, 7, 9, 12}
	for _, t := range []int{3, 4, 0, 12, 13} {
		i, found := slices.BinarySearch(sorted, t)
		j := sort.SearchInts(sorted, t+1)
		fmt.Printf("target=%2d idx=%d found=%-5t count=%d\n", t, i, found, j-i)
	}
	type item struct {
		name string
		w    int
	}
	items := []item{{"a", 2}, {"b", 5}, {"c", 9}}
	i, ok := slices.BinarySearchFunc(items, 5, func(it item, t int) int { return it.w - t })
	fmt.Printf("%+v %v\n", items[i], ok)
}
