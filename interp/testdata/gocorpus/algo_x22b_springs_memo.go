package main

import (
	"fmt"
	"strconv"
	"strings"
)

const records = `???.### 1,1,3
.??..??...?##. 1,1,3
?#?#?#?#?#?#?#? 1,3,1,6
????.#...#... 4,1,1
????.######..#####. 1,6,5
?###???????? 3,2,1`

type key struct {
	i, g, run int
}

func count(pat string, groups []int) int {
	memo := map[key]int{}
	var rec func(i, g, run int) int
	rec = func(i, g, run int) int {
		if i == len(pat) {
			if g == len(groups) && run == 0 {
				return 1
			}
			if g == len(groups)-1 && groups[g] == run {
				return 1
			}
			return 0
		}
		k := key{i, g, run}
		if v, ok := memo[k]; ok {
			return v
		}
		total := 0
		ch := pat[i]
		if ch == '#' || ch == '?' {
			if g < len(groups) && run < groups[g] {
				total += rec(i+1, g, run+1)
			}
		}
		if ch == '.' || ch == '?' {
			if run == 0 {
				total += rec(i+1, g, 0)
			} else if g < len(groups) && groups[g] == run {
				total += rec(i+1, g+1, 0)
			}
		}
		memo[k] = total
		return total
	}
	return rec(0, 0, 0)
}

func unfold(pat string, groups []int, n int) (string, []int) {
	ps := make([]string, n)
	var gs []int
	for i := range n {
		ps[i] = pat
		gs = append(gs, groups...)
	}
	return strings.Join(ps, "?"), gs
}

func main() {
	p1, p2 := 0, 0
	for _, line := range strings.Split(records, "\n") {
		pat, nums, _ := strings.Cut(line, " ")
		var groups []int
		for _, s := range strings.Split(nums, ",") {
			n, _ := strconv.Atoi(s)
			groups = append(groups, n)
		}
		a := count(pat, groups)
		up, ug := unfold(pat, groups, 5)
		b := count(up, ug)
		fmt.Printf("%-22s %v -> %d / %d\n", pat, groups, a, b)
		p1 += a
		p2 += b
	}
	fmt.Println(p1, p2)
}
