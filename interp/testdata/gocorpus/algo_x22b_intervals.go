package main

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

const ranges = `3-5
10-14
16-20
12-18
1-2
22-22
21-21
40-45
44-50`

type Interval struct{ Lo, Hi int }

func (iv Interval) Len() int { return iv.Hi - iv.Lo + 1 }

func (iv Interval) String() string { return fmt.Sprintf("[%d..%d]", iv.Lo, iv.Hi) }

func parse(s string) ([]Interval, error) {
	var out []Interval
	for i, line := range strings.Fields(s) {
		a, b, _ := strings.Cut(line, "-")
		lo, err := strconv.Atoi(a)
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", i+1, err)
		}
		hi, err := strconv.Atoi(b)
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", i+1, err)
		}
		out = append(out, Interval{lo, hi})
	}
	return out, nil
}

func merge(ivs []Interval) []Interval {
	ivs = slices.Clone(ivs)
	slices.SortFunc(ivs, func(a, b Interval) int { return a.Lo - b.Lo })
	var out []Interval
	for _, iv := range ivs {
		if n := len(out); n > 0 && iv.Lo <= out[n-1].Hi+1 {
			out[n-1].Hi = max(out[n-1].Hi, iv.Hi)
			continue
		}
		out = append(out, iv)
	}
	return out
}

func contains(ivs []Interval, x int) bool {
	i, found := slices.BinarySearchFunc(ivs, x, func(iv Interval, t int) int {
		switch {
		case iv.Hi < t:
			return -1
		case iv.Lo > t:
			return 1
		}
		return 0
	})
	_ = i
	return found
}

func main() {
	ivs, err := parse(ranges)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	m := merge(ivs)
	fmt.Println(m)
	total := 0
	for _, iv := range m {
		total += iv.Len()
	}
	fmt.Println("covered:", total)
	for _, x := range []int{0, 1, 6, 15, 21, 39, 50, 51} {
		fmt.Printf("%d:%t ", x, contains(m, x))
	}
	fmt.Println()
	_, err = parse("1-2 x-3")
	fmt.Println("error:", err)
}
