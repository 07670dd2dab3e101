// Exercises: type Interval [2]int and type Intervals []Interval implementing sort.Interface, merging overlaps, Interval values compared with == and used as map keys.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Interval [2]int

type Intervals []Interval

func (s Intervals) Len() int { return len(s) }
func (s Intervals) Less(i, j int) bool {
	return s[i][0] < s[j][0] || s[i][0] == s[j][0] && s[i][1] < s[j][1]
}
func (s Intervals) Swap(i, j int) { s[i], s[j] = s[j], s[i] }

func (iv Interval) Len() int { return iv[1] - iv[0] + 1 }

func merge(in Intervals) Intervals {
	sort.Sort(in)
	var out Intervals
	for _, iv := range in {
		if n := len(out); n > 0 && iv[0] <= out[n-1][1]+1 {
			out[n-1][1] = max(out[n-1][1], iv[1])
			continue
		}
		out = append(out, iv)
	}
	return out
}

func main() {
	var in Intervals
	for _, part := range strings.Split("3-5 10-14 16-20 12-18 1-2 30-30", " ") {
		var iv Interval
		fmt.Sscanf(part, "%d-%d", &iv[0], &iv[1])
		in = append(in, iv)
	}
	m := merge(in)
	total := 0
	for _, iv := range m {
		total += iv.Len()
	}
	fmt.Println(m, len(m), total)
	fmt.Println(in[0] == Interval{1, 2}, sort.IsSorted(in))
	seen := map[Interval]bool{}
	for _, iv := range append(in, Interval{3, 5}) {
		if seen[iv] {
			fmt.Println("duplicate", iv)
		}
		seen[iv] = true
	}
	fmt.Printf("%v %T %d\n", m[0], m[0], m[1].Len())
}
