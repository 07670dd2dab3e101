// Exercises: parsing ranges with fmt.Sscanf, merging intervals after sort, counting with arrays, integer overflow-free sums with int64
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Interval struct{ Lo, Hi int64 }

const data = "3-5, 10-14, 16-20, 12-18, 1-2, 4-4, 21-21"

func main() {
	var ivs []Interval
	for _, part := range strings.Split(data, ",") {
		var iv Interval
		if n, err := fmt.Sscanf(strings.TrimSpace(part), "%d-%d", &iv.Lo, &iv.Hi); n != 2 || err != nil {
			fmt.Println("bad", part, err)
			continue
		}
		ivs = append(ivs, iv)
	}
	sort.Slice(ivs, func(i, j int) bool { return ivs[i].Lo < ivs[j].Lo })
	merged := []Interval{ivs[0]}
	for _, iv := range ivs[1:] {
		last := &merged[len(merged)-1]
		if iv.Lo <= last.Hi+1 {
			if iv.Hi > last.Hi {
				last.Hi = iv.Hi
			}
			continue
		}
		merged = append(merged, iv)
	}
	var covered int64
	for _, m := range merged {
		covered += m.Hi - m.Lo + 1
	}
	fmt.Println(merged, covered)
	var hist [5]int
	for _, iv := range ivs {
		hist[min(int(iv.Hi-iv.Lo), 4)]++
	}
	fmt.Println(hist)
}
