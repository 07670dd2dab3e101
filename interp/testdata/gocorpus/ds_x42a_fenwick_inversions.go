package main

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

const input = "9\n50 20 70 20 10 90 40 30 60\n"

type BIT []int

func (b BIT) Add(i, v int) {
	for i++; i < len(b); i += i & -i {
		b[i] += v
	}
}

func (b BIT) Sum(i int) (s int) {
	for i++; i > 0; i -= i & -i {
		s += b[i]
	}
	return
}

func compress(a []int) ([]int, []int) {
	vals := slices.Clone(a)
	slices.Sort(vals)
	vals = slices.Compact(vals)
	out := make([]int, len(a))
	for i, x := range a {
		out[i], _ = slices.BinarySearch(vals, x)
	}
	return out, vals
}

func main() {
	fs := strings.Fields(input)
	n, _ := strconv.Atoi(fs[0])
	a := make([]int, n)
	for i := range n {
		a[i], _ = strconv.Atoi(fs[i+1])
	}
	c, vals := compress(a)
	fmt.Println("compressed:", c, "distinct:", len(vals))
	bit := make(BIT, len(vals)+1)
	inv := 0
	for i := n - 1; i >= 0; i-- {
		if c[i] > 0 {
			inv += bit.Sum(c[i] - 1)
		}
		bit.Add(c[i], 1)
	}
	fmt.Println("inversions:", inv)

	// brute force check
	brute := 0
	for i := range a {
		for j := i + 1; j < len(a); j++ {
			if a[i] > a[j] {
				brute++
			}
		}
	}
	fmt.Println("brute:", brute, "match:", brute == inv)
	fmt.Printf("%v %d %T\n", bit, bit.Sum(len(vals)-1), bit)
}
