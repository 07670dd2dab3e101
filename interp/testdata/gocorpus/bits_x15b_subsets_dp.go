package main

import (
	"fmt"
	"math/bits"
	"strings"
)

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
	Admin
)

func (p Perm) String() string {
	if p == 0 {
		return "none"
	}
	var parts []string
	for i, n := range []string{"r", "w", "x", "A"} {
		if p&(1<<i) != 0 {
			parts = append(parts, n)
		}
	}
	if rest := p &^ (Read | Write | Exec | Admin); rest != 0 {
		parts = append(parts, fmt.Sprintf("0x%x", uint8(rest)))
	}
	return strings.Join(parts, "|")
}

func tsp(dist [][]int) (int, []int) {
	n := len(dist)
	full := 1 << n
	const inf = 1 << 30
	dp := make([][]int, full)
	parent := make([][]int, full)
	for i := range dp {
		dp[i] = make([]int, n)
		parent[i] = make([]int, n)
		for j := range dp[i] {
			dp[i][j] = inf
		}
	}
	dp[1][0] = 0
	for mask := 1; mask < full; mask += 2 {
		for last := 0; last < n; last++ {
			if dp[mask][last] == inf || mask&(1<<last) == 0 {
				continue
			}
			for nxt := 0; nxt < n; nxt++ {
				if mask&(1<<nxt) != 0 {
					continue
				}
				nm := mask | 1<<nxt
				if c := dp[mask][last] + dist[last][nxt]; c < dp[nm][nxt] {
					dp[nm][nxt] = c
					parent[nm][nxt] = last
				}
			}
		}
	}
	best, bl := inf, 0
	for l := 1; l < n; l++ {
		if c := dp[full-1][l] + dist[l][0]; c < best {
			best, bl = c, l
		}
	}
	tour := []int{0}
	mask, cur := full-1, bl
	for cur != 0 {
		tour = append(tour, cur)
		mask, cur = mask&^(1<<cur), parent[mask][cur]
	}
	return best, append(tour, 0)
}

func main() {
	var p Perm = Read | Exec
	fmt.Println(p, p|Admin, p&^Read, Perm(0), Perm(0xF3), p&Write == 0)
	p ^= Write | Exec
	fmt.Printf("%v %08b %d\n", p, p, bits.OnesCount8(uint8(p)))

	nums := []int{3, 34, 4, 12, 5, 2}
	target := 9
	var hits []string
	for mask := uint(0); mask < 1<<len(nums); mask++ {
		sum := 0
		var pick []string
		for m := mask; m != 0; m &= m - 1 {
			i := bits.TrailingZeros(m)
			sum += nums[i]
			pick = append(pick, fmt.Sprint(nums[i]))
		}
		if sum == target {
			hits = append(hits, strings.Join(pick, "+"))
		}
	}
	fmt.Println(hits)
	dist := [][]int{{0, 10, 15, 20, 7}, {10, 0, 35, 25, 12}, {15, 35, 0, 30, 9}, {20, 25, 30, 0, 14}, {7, 12, 9, 14, 0}}
	fmt.Println(tsp(dist))
	x := uint32(0b1011_0000)
	fmt.Println(x&-x, x&(x-1), bits.Len32(x)-1, x>>4|x<<28, int32(-8)>>1, uint32(1)<<31>>31)
}
