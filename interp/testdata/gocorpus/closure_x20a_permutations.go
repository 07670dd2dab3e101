package main

import (
	"fmt"
	"slices"
	"strings"
)

func permutations(xs []int) [][]int {
	var res [][]int
	var rec func(k int)
	rec = func(k int) {
		if k == len(xs) {
			res = append(res, slices.Clone(xs))
			return
		}
		for i := k; i < len(xs); i++ {
			xs[k], xs[i] = xs[i], xs[k]
			rec(k + 1)
			xs[k], xs[i] = xs[i], xs[k]
		}
	}
	rec(0)
	return res
}

func combinations(n, k int) [][]int {
	var res [][]int
	cur := []int{}
	var rec func(start int)
	rec = func(start int) {
		if len(cur) == k {
			res = append(res, append([]int(nil), cur...))
			return
		}
		for i := start; i <= n; i++ {
			cur = append(cur, i)
			rec(i + 1)
			cur = cur[:len(cur)-1]
		}
	}
	rec(1)
	return res
}

func powerset(s string) []string {
	if s == "" {
		return []string{""}
	}
	rest := powerset(s[1:])
	out := slices.Clone(rest)
	for _, r := range rest {
		out = append(out, s[:1]+r)
	}
	return out
}

func nextPerm(p []byte) bool {
	i := len(p) - 2
	for i >= 0 && p[i] >= p[i+1] {
		i--
	}
	if i < 0 {
		return false
	}
	j := len(p) - 1
	for p[j] <= p[i] {
		j--
	}
	p[i], p[j] = p[j], p[i]
	slices.Reverse(p[i+1:])
	return true
}

func main() {
	ps := permutations([]int{1, 2, 3})
	fmt.Println(len(ps), ps)
	slices.SortFunc(ps, slices.Compare)
	fmt.Println(ps)
	fmt.Println(len(permutations([]int{1, 2, 3, 4, 5})))
	fmt.Println(combinations(5, 3))
	sub := powerset("abc")
	slices.Sort(sub)
	fmt.Printf("%q\n", sub)
	w := []byte("aabc")
	var all []string
	for {
		all = append(all, string(w))
		if !nextPerm(w) {
			break
		}
	}
	fmt.Println(len(all), strings.Join(all, " "))
}
