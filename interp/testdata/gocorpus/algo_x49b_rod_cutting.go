package main

import (
	"fmt"
	"strings"
)

var prices = []int{0, 1, 5, 8, 9, 10, 17, 17, 20, 24, 30}

func memoCutRod(p []int, n int) int {
	memo := make(map[int]int)
	calls := 0
	var aux func(n int) int
	aux = func(n int) int {
		calls++
		if v, ok := memo[n]; ok {
			return v
		}
		q := 0
		if n > 0 {
			q = -1
			for i := 1; i <= n; i++ {
				q = max(q, p[i]+aux(n-i))
			}
		}
		memo[n] = q
		return q
	}
	r := aux(n)
	fmt.Printf("memo n=%d calls=%d\n", n, calls)
	return r
}

func extendedBottomUp(p []int, n int) ([]int, []int) {
	r := make([]int, n+1)
	s := make([]int, n+1)
	for j := 1; j <= n; j++ {
		q := -1
		for i := 1; i <= j; i++ {
			if v := p[i] + r[j-i]; q < v {
				q = v
				s[j] = i
			}
		}
		r[j] = q
	}
	return r, s
}

func cuts(s []int, n int) []string {
	var out []string
	for n > 0 {
		out = append(out, fmt.Sprint(s[n]))
		n -= s[n]
	}
	return out
}

func main() {
	n := 10
	r, s := extendedBottomUp(prices, n)
	fmt.Printf("%-3s %-4s %-4s %s\n", "n", "r", "s", "cuts")
	for i := 0; i <= n; i++ {
		fmt.Printf("%-3d %-4d %-4d %s\n", i, r[i], s[i], strings.Join(cuts(s, i), "+"))
	}
	for _, k := range []int{4, 7, 10} {
		fmt.Println("memoized", k, "=", memoCutRod(prices, k))
	}
}
