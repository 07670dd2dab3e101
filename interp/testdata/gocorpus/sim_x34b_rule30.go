package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Rule uint8

func (r Rule) Apply(l, c, rt bool) bool {
	idx := 0
	if l {
		idx |= 4
	}
	if c {
		idx |= 2
	}
	if rt {
		idx |= 1
	}
	return r>>idx&1 == 1
}

type Row []bool

func (row Row) Next(r Rule) Row {
	out := make(Row, len(row))
	for i := range row {
		var l, rt bool
		if i > 0 {
			l = row[i-1]
		}
		if i < len(row)-1 {
			rt = row[i+1]
		}
		out[i] = r.Apply(l, row[i], rt)
	}
	return out
}

func (row Row) String() string {
	var b strings.Builder
	for _, c := range row {
		if c {
			b.WriteRune('█')
		} else {
			b.WriteRune(' ')
		}
	}
	return strings.TrimRight(b.String(), " ")
}

func (row Row) Count() int {
	n := 0
	for _, c := range row {
		if c {
			n++
		}
	}
	return n
}

func run(rule Rule, width, gens int) []int {
	row := make(Row, width)
	row[width/2] = true
	var counts []int
	fmt.Printf("rule %d (%08s)\n", rule, strconv.FormatUint(uint64(rule), 2))
	for g := 0; g < gens; g++ {
		fmt.Printf("|%s\n", row)
		counts = append(counts, row.Count())
		row = row.Next(rule)
	}
	return counts
}

func main() {
	for _, r := range []Rule{30, 90, 110} {
		c := run(r, 31, 8)
		fmt.Println("live counts:", c)
	}
	fmt.Printf("%v %x %T\n", Rule(184).Apply(true, false, false), Rule(184), Rule(0))
}
