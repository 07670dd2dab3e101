package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Rule uint8

func (r Rule) Next(l, c, rr bool) bool {
	idx := 0
	if l {
		idx |= 4
	}
	if c {
		idx |= 2
	}
	if rr {
		idx |= 1
	}
	return r>>idx&1 == 1
}

func (r Rule) Table() string {
	var parts []string
	for i := 7; i >= 0; i-- {
		parts = append(parts, fmt.Sprintf("%03b->%d", i, r>>i&1))
	}
	return strings.Join(parts, " ")
}

func run(r Rule, width, gens int) []string {
	row := make([]bool, width)
	row[width/2] = true
	var out []string
	for g := 0; g < gens; g++ {
		var b strings.Builder
		for _, c := range row {
			if c {
				b.WriteRune('█')
			} else {
				b.WriteRune(' ')
			}
		}
		out = append(out, b.String())
		next := make([]bool, width)
		for i := range row {
			l := i > 0 && row[i-1]
			rr := i < width-1 && row[i+1]
			next[i] = r.Next(l, row[i], rr)
		}
		row = next
	}
	return out
}

func main() {
	for _, s := range []string{"30", "90", "110"} {
		n, err := strconv.ParseUint(s, 10, 8)
		if err != nil {
			panic(err)
		}
		r := Rule(n)
		fmt.Printf("rule %d (%T): %s\n", r, r, r.Table())
		for _, line := range run(r, 31, 12) {
			fmt.Printf("|%s|\n", line)
		}
	}
	_, err := strconv.ParseUint("300", 10, 8)
	fmt.Println("error:", err)
}
