package main

import (
	"fmt"
	"math/bits"
	"strconv"
	"strings"
)

const items = `w=12 v=4
w=2 v=2
w=1 v=1
w=4 v=10
w=1 v=2
w=7 v=9
w=3 v=3`

type Item struct{ W, V int }

func main() {
	var its []Item
	for _, l := range strings.Split(items, "\n") {
		var it Item
		fmt.Sscanf(l, "w=%d v=%d", &it.W, &it.V)
		its = append(its, it)
	}
	const cap = 15
	dp := make([][]int, len(its)+1)
	for i := range dp {
		dp[i] = make([]int, cap+1)
	}
	for i, it := range its {
		for c := 0; c <= cap; c++ {
			dp[i+1][c] = dp[i][c]
			if c >= it.W && dp[i][c-it.W]+it.V > dp[i+1][c] {
				dp[i+1][c] = dp[i][c-it.W] + it.V
			}
		}
	}
	fmt.Println("dp best:", dp[len(its)][cap])
	var chosen []int
	for i, c := len(its), cap; i > 0; i-- {
		if dp[i][c] != dp[i-1][c] {
			chosen = append(chosen, i-1)
			c -= its[i-1].W
		}
	}
	fmt.Println("chosen:", chosen)

	bestMask, best := uint(0), -1
	for mask := uint(0); mask < 1<<len(its); mask++ {
		w, v := 0, 0
		for m := mask; m != 0; m &= m - 1 {
			i := bits.TrailingZeros(m)
			w += its[i].W
			v += its[i].V
		}
		if w <= cap && (v > best || (v == best && bits.OnesCount(mask) < bits.OnesCount(bestMask))) {
			best, bestMask = v, mask
		}
	}
	fmt.Printf("brute best: %d mask=%0*b count=%d\n", best, len(its), bestMask, bits.OnesCount(bestMask))
	s := strconv.FormatUint(uint64(bestMask), 2)
	fmt.Println(s, bits.Len(bestMask), bits.Reverse8(uint8(bestMask)))
	row := dp[len(its)]
	strs := make([]string, len(row))
	for i, v := range row {
		strs[i] = strconv.Itoa(v)
	}
	fmt.Println(strings.Join(strs, " "))
}
