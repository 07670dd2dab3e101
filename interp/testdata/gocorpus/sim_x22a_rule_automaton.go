package main

import (
	"fmt"
	"strings"
)

type Row uint64

const width = 63

func (r Row) Next(rule uint8) Row {
	var out Row
	for i := 0; i < width; i++ {
		left := (r >> ((i + 1) % width)) & 1
		mid := (r >> i) & 1
		right := (r >> ((i + width - 1) % width)) & 1
		pattern := left<<2 | mid<<1 | right
		if rule>>pattern&1 == 1 {
			out |= 1 << i
		}
	}
	return out
}

func (r Row) Render() string {
	var sb strings.Builder
	for i := width - 1; i >= 0; i-- {
		if r>>i&1 == 1 {
			sb.WriteRune('█')
		} else {
			sb.WriteRune(' ')
		}
	}
	return strings.TrimRight(sb.String(), " ")
}

func popcount(r Row) (n int) {
	for ; r != 0; r &= r - 1 {
		n++
	}
	return
}

func main() {
	for _, rule := range []uint8{30, 90, 110} {
		r := Row(1) << (width / 2)
		fmt.Printf("rule %d\n", rule)
		seen := map[Row]int{}
		for gen := 0; gen < 40; gen++ {
			if gen < 12 {
				fmt.Println("|" + r.Render())
			}
			if first, ok := seen[r]; ok {
				fmt.Printf("cycle: gen %d repeats gen %d\n", gen, first)
				break
			}
			seen[r] = gen
			r = r.Next(rule)
		}
		fmt.Printf("final population %d, hex %#x\n", popcount(r), uint64(r))
	}
	var center []byte
	r := Row(1) << (width / 2)
	for range 32 {
		center = append(center, '0'+byte(r>>(width/2)&1))
		r = r.Next(30)
	}
	fmt.Println(string(center))
}
