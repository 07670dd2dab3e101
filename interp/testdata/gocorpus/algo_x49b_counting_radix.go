package main

import (
	"fmt"
	"strconv"
)

func countingSort(a []int, k int) []int {
	c := make([]int, k+1)
	for _, v := range a {
		c[v]++
	}
	fmt.Println("counts:    ", c)
	for i := 1; i <= k; i++ {
		c[i] += c[i-1]
	}
	fmt.Println("cumulative:", c)
	b := make([]int, len(a))
	for j := len(a) - 1; j >= 0; j-- {
		b[c[a[j]]-1] = a[j]
		c[a[j]]--
	}
	return b
}

func digit(x, exp int) int { return (x / exp) % 10 }

func radixSort(a []int) []int {
	maxV := 0
	for _, v := range a {
		maxV = max(maxV, v)
	}
	out := append([]int(nil), a...)
	for exp := 1; maxV/exp > 0; exp *= 10 {
		var buckets [10][]int
		for _, v := range out {
			d := digit(v, exp)
			buckets[d] = append(buckets[d], v)
		}
		out = out[:0]
		for _, b := range buckets {
			out = append(out, b...)
		}
		strs := make([]string, len(out))
		for i, v := range out {
			strs[i] = strconv.Itoa(v)
		}
		fmt.Printf("pass exp=%-4d %v\n", exp, strs)
	}
	return out
}

func main() {
	a := []int{2, 5, 3, 0, 2, 3, 0, 3}
	fmt.Println("counting:", countingSort(a, 5))
	r := []int{329, 457, 657, 839, 436, 720, 355}
	fmt.Println("radix:", radixSort(r))
	fmt.Println("input unchanged:", r)
}
