package main

import (
	"fmt"
	"sort"
	"strings"
)

const input = `3-5
10-14
16-20
12-18
1-2
21-21
30-35`

type Interval struct{ Lo, Hi int }

func (iv Interval) String() string { return fmt.Sprintf("[%d,%d]", iv.Lo, iv.Hi) }

type byLo []Interval

func (b byLo) Len() int           { return len(b) }
func (b byLo) Less(i, j int) bool { return b[i].Lo < b[j].Lo }
func (b byLo) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func merge(ivs []Interval) []Interval {
	sort.Sort(byLo(ivs))
	var out []Interval
	for _, iv := range ivs {
		if len(out) > 0 && iv.Lo <= out[len(out)-1].Hi+1 {
			last := &out[len(out)-1]
			last.Hi = max(last.Hi, iv.Hi)
			continue
		}
		out = append(out, iv)
	}
	return out
}

func main() {
	var ivs []Interval
	for _, line := range strings.Fields(input) {
		var iv Interval
		if _, err := fmt.Sscanf(line, "%d-%d", &iv.Lo, &iv.Hi); err != nil {
			fmt.Println("bad line", line, err)
			continue
		}
		ivs = append(ivs, iv)
	}
	merged := merge(ivs)
	fmt.Println(merged)
	covered := 0
	for _, iv := range merged {
		covered += iv.Hi - iv.Lo + 1
	}
	fmt.Println("covered:", covered)
	// gaps within 0..40
	prev := -1
	var gaps []Interval
	for _, iv := range merged {
		if iv.Lo > prev+1 {
			gaps = append(gaps, Interval{prev + 1, iv.Lo - 1})
		}
		prev = iv.Hi
	}
	if prev < 40 {
		gaps = append(gaps, Interval{prev + 1, 40})
	}
	fmt.Printf("gaps: %v\n", gaps)
	fmt.Printf("%v %+v %s\n", sort.IsSorted(byLo(merged)), merged[0], &merged[1])
	ids := []string{"11-22", "95-115", "998-1012"}
	invalid := 0
	for _, r := range ids {
		var a, b int
		fmt.Sscanf(r, "%d-%d", &a, &b)
		for x := a; x <= b; x++ {
			s := fmt.Sprint(x)
			if len(s)%2 == 0 && s[:len(s)/2] == s[len(s)/2:] {
				invalid += x
			}
		}
	}
	fmt.Println("repeated ids sum:", invalid)
}
