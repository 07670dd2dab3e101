package main

import "fmt"

type Celsius float64

func rob(nums []int) int {
	prev, cur := 0, 0
	for _, n := range nums {
		prev, cur = cur, max(cur, prev+n)
	}
	return cur
}

func clamp(x, lo, hi float64) float64 {
	var v float64 = min(max(x, lo), hi)
	return v
}

func main() {
	fmt.Println(rob([]int{2, 7, 9, 3, 1}), rob([]int{1, 2, 3, 1}))
	x, y := 1, 5
	x, y = y, max(x, 0)
	fmt.Println(x, y)
	var best int = max(x, y, 3)
	var worst = min(x, y)
	fmt.Println(best, worst)
	lo, hi := min(x, y), max(x, y)
	fmt.Println(lo, hi)
	var t Celsius = max(Celsius(21.5), 19)
	a, b := "pear", "apple"
	a, b = min(a, b), max(a, b)
	fmt.Println(t, a, b, clamp(7.5, 0, 5), clamp(-1, 0, 5))
	p, q := 1, 2
	for i := 0; i < 4; i, p = i+1, max(p, q+i) {
		q++
	}
	fmt.Println(p, q)
}
