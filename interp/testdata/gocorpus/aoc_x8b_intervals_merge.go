// Exercises: interval merging after sort.Slice by start, parsing "a-b" ranges with strings.Cut and Atoi, counting covered cells, containment checks
package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

const input = `3-5
10-14
16-20
12-18
1-2
22-22
21-21`

type iv struct{ lo, hi int }

func main() {
	var ivs []iv
	for _, l := range strings.Split(input, "\n") {
		a, b, ok := strings.Cut(l, "-")
		if !ok {
			continue
		}
		lo, _ := strconv.Atoi(a)
		hi, _ := strconv.Atoi(b)
		ivs = append(ivs, iv{lo, hi})
	}
	sort.Slice(ivs, func(i, j int) bool { return ivs[i].lo < ivs[j].lo })
	merged := []iv{ivs[0]}
	for _, x := range ivs[1:] {
		last := &merged[len(merged)-1]
		if x.lo <= last.hi+1 {
			if x.hi > last.hi {
				last.hi = x.hi
			}
		} else {
			merged = append(merged, x)
		}
	}
	covered := 0
	for _, m := range merged {
		covered += m.hi - m.lo + 1
	}
	fmt.Println(merged, covered)
	for _, q := range []int{5, 6, 15, 21, 23} {
		i := sort.Search(len(merged), func(i int) bool { return merged[i].hi >= q })
		fmt.Print(q, ":", i < len(merged) && merged[i].lo <= q, " ")
	}
	fmt.Println()
}
