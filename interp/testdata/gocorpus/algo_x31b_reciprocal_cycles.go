package main

import (
	"fmt"
	"strings"
)

// Problem 26: d < 1000 for which 1/d has the longest recurring cycle.

type Decimal struct {
	Prefix string
	Cycle  string
}

func (d Decimal) String() string {
	if d.Cycle == "" {
		return "0." + d.Prefix
	}
	return "0." + d.Prefix + "(" + d.Cycle + ")"
}

func reciprocal(d int) Decimal {
	seen := map[int]int{}
	var digits strings.Builder
	r := 1
	pos := 0
	for r != 0 {
		if at, ok := seen[r]; ok {
			s := digits.String()
			return Decimal{Prefix: s[:at], Cycle: s[at:]}
		}
		seen[r] = pos
		r *= 10
		digits.WriteByte(byte('0' + r/d))
		r %= d
		pos++
	}
	return Decimal{Prefix: digits.String()}
}

func cycleLen(d int) int {
	for d%2 == 0 {
		d /= 2
	}
	for d%5 == 0 {
		d /= 5
	}
	if d == 1 {
		return 0
	}
	k, r := 1, 10%d
	for r != 1 {
		r = r * 10 % d
		k++
	}
	return k
}

func main() {
	for d := 2; d <= 10; d++ {
		fmt.Printf("1/%-2d = %v\n", d, reciprocal(d))
	}
	fmt.Println("1/28 =", reciprocal(28))
	best, bestLen := 0, 0
	for d := 2; d < 1000; d++ {
		if l := cycleLen(d); l > bestLen {
			best, bestLen = d, l
		}
	}
	fmt.Println("longest cycle:", best, bestLen)
	fmt.Println("agrees:", len(reciprocal(best).Cycle) == bestLen)
}
