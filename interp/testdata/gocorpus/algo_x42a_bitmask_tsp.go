package main

import (
	"fmt"
	"math/bits"
	"strconv"
	"strings"
)

const input = `5
0 3 9 4 7
3 0 6 2 8
9 6 0 5 3
4 2 5 0 6
7 8 3 6 0`

const inf = 1 << 30

func main() {
	rows := strings.Split(strings.TrimSpace(input), "\n")
	n, _ := strconv.Atoi(rows[0])
	d := make([][]int, n)
	for i := 0; i < n; i++ {
		for _, f := range strings.Fields(rows[i+1]) {
			v, _ := strconv.Atoi(f)
			d[i] = append(d[i], v)
		}
	}
	full := 1<<n - 1
	dp := make([][]int, 1<<n)
	par := make([][]int, 1<<n)
	for m := range dp {
		dp[m] = make([]int, n)
		par[m] = make([]int, n)
		for j := range dp[m] {
			dp[m][j] = inf
			par[m][j] = -1
		}
	}
	dp[1][0] = 0
	for mask := 1; mask <= full; mask++ {
		if mask&1 == 0 {
			continue
		}
		for last := 0; last < n; last++ {
			if dp[mask][last] == inf || mask>>last&1 == 0 {
				continue
			}
			for nxt := 0; nxt < n; nxt++ {
				if mask&(1<<nxt) != 0 {
					continue
				}
				nm := mask | 1<<nxt
				if c := dp[mask][last] + d[last][nxt]; c < dp[nm][nxt] {
					dp[nm][nxt] = c
					par[nm][nxt] = last
				}
			}
		}
	}
	best, bestLast := inf, -1
	for j := 1; j < n; j++ {
		if c := dp[full][j] + d[j][0]; c < best {
			best, bestLast = c, j
		}
	}
	tour := []int{0}
	for mask, cur := full, bestLast; cur != 0; {
		tour = append(tour, cur)
		p := par[mask][cur]
		mask &^= 1 << cur
		cur = p
	}
	tour = append(tour, 0)
	fmt.Println("best tour cost:", best, "tour:", tour)

	count := map[int]int{}
	for m := 0; m <= full; m++ {
		count[bits.OnesCount(uint(m))]++
	}
	fmt.Println("subsets by size:", count)
	fmt.Printf("%05b %08b %x\n", full, uint8(full)<<2, bits.Reverse8(0b00010110))
}
