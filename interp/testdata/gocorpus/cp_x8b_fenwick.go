// Exercises: Fenwick tree as a struct type over a slice with methods using i & -i, inversion count, point update and range query
package main

import (
	"fmt"
	"strconv"
	"strings"
)

type BIT []int64

func (b BIT) add(i int, v int64) {
	for i++; i < len(b); i += i & -i {
		b[i] += v
	}
}

func (b BIT) sum(i int) int64 {
	var s int64
	for i++; i > 0; i -= i & -i {
		s += b[i]
	}
	return s
}

func (b BIT) rangeSum(l, r int) int64 { return b.sum(r) - b.sum(l-1) }

const input = "8 4 2 1 7 3 6 5"

func main() {
	var a []int
	mx := 0
	for _, f := range strings.Fields(input) {
		v, _ := strconv.Atoi(f)
		a = append(a, v)
		if v > mx {
			mx = v
		}
	}
	bit := make(BIT, mx+2)
	var inv int64
	for i := len(a) - 1; i >= 0; i-- {
		inv += bit.sum(a[i] - 1)
		bit.add(a[i], 1)
	}
	fmt.Println("inversions:", inv)
	t := make(BIT, len(a)+1)
	for i, v := range a {
		t.add(i, int64(v))
	}
	fmt.Println(t.rangeSum(0, 7), t.rangeSum(2, 4))
	t.add(3, 10)
	fmt.Println(t.rangeSum(2, 4), len(t), t[1:4])
}
