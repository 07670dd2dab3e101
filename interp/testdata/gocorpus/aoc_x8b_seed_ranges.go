// Exercises: range-mapping puzzle with int64 values parsed by strconv.ParseInt, rule slices per section, interval splitting with a work stack and a labelled continue, builtin min/max on int64, slices.SortFunc
package main

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

const input = `seeds: 79 14 55 13

seed-to-soil map:
50 98 2
52 50 48

soil-to-fertilizer map:
0 15 37
37 52 2`

type span struct{ lo, hi int64 }

func nums(s string) []int64 {
	var out []int64
	for _, f := range strings.Fields(s) {
		if v, err := strconv.ParseInt(f, 10, 64); err == nil {
			out = append(out, v)
		}
	}
	return out
}

func main() {
	blocks := strings.Split(input, "\n\n")
	seeds := nums(blocks[0])
	var work []span
	for i := 0; i+1 < len(seeds); i += 2 {
		work = append(work, span{seeds[i], seeds[i] + seeds[i+1] - 1})
	}
	for _, b := range blocks[1:] {
		var rules [][]int64
		for _, l := range strings.Split(b, "\n")[1:] {
			rules = append(rules, nums(l))
		}
		var done []span
	next:
		for len(work) > 0 {
			s := work[len(work)-1]
			work = work[:len(work)-1]
			for _, r := range rules {
				lo, hi := max(s.lo, r[1]), min(s.hi, r[1]+r[2]-1)
				if lo > hi {
					continue
				}
				done = append(done, span{lo - r[1] + r[0], hi - r[1] + r[0]})
				if s.lo < lo {
					work = append(work, span{s.lo, lo - 1})
				}
				if hi < s.hi {
					work = append(work, span{hi + 1, s.hi})
				}
				continue next
			}
			done = append(done, s)
		}
		work = done
	}
	slices.SortFunc(work, func(a, b span) int { return int(a.lo - b.lo) })
	fmt.Println(len(work), work[0].lo, work)
}
