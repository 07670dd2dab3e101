package main

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

const almanac = `seeds: 79 14 55 13

seed-to-soil map:
50 98 2
52 50 48

soil-to-fertilizer map:
0 15 37
37 52 2
39 0 15

fertilizer-to-water map:
49 53 8
0 11 42
42 0 7
57 7 4

water-to-light map:
88 18 7
18 25 70

light-to-temperature map:
45 77 23
81 45 19
68 64 13

temperature-to-humidity map:
0 69 1
1 0 69

humidity-to-location map:
60 56 37
56 93 4`

type Rule struct{ Dst, Src, Len int }

type Span struct{ Lo, Hi int } // half-open

type Stage struct {
	Name  string
	Rules []Rule
}

func ints(s string) []int {
	var out []int
	for _, f := range strings.Fields(s) {
		n, err := strconv.Atoi(f)
		if err == nil {
			out = append(out, n)
		}
	}
	return out
}

func (st Stage) MapSpans(in []Span) []Span {
	var out []Span
	todo := slices.Clone(in)
	for _, r := range st.Rules {
		var rest []Span
		for _, s := range todo {
			lo, hi := max(s.Lo, r.Src), min(s.Hi, r.Src+r.Len)
			if lo >= hi {
				rest = append(rest, s)
				continue
			}
			out = append(out, Span{lo - r.Src + r.Dst, hi - r.Src + r.Dst})
			if s.Lo < lo {
				rest = append(rest, Span{s.Lo, lo})
			}
			if hi < s.Hi {
				rest = append(rest, Span{hi, s.Hi})
			}
		}
		todo = rest
	}
	return append(out, todo...)
}

func main() {
	blocks := strings.Split(almanac, "\n\n")
	seeds := ints(strings.TrimPrefix(blocks[0], "seeds:"))
	var stages []Stage
	for _, b := range blocks[1:] {
		lines := strings.Split(b, "\n")
		st := Stage{Name: strings.TrimSuffix(lines[0], " map:")}
		for _, l := range lines[1:] {
			v := ints(l)
			st.Rules = append(st.Rules, Rule{v[0], v[1], v[2]})
		}
		stages = append(stages, st)
	}
	run := func(spans []Span) int {
		for _, st := range stages {
			spans = st.MapSpans(spans)
		}
		return slices.MinFunc(spans, func(a, b Span) int { return a.Lo - b.Lo }).Lo
	}
	var singles, pairs []Span
	for i, s := range seeds {
		singles = append(singles, Span{s, s + 1})
		if i%2 == 0 {
			pairs = append(pairs, Span{s, s + seeds[i+1]})
		}
	}
	fmt.Println("part1:", run(singles))
	fmt.Println("part2:", run(pairs))
	fmt.Println(stages[0].Name, stages[len(stages)-1].MapSpans([]Span{{90, 100}}))
}
