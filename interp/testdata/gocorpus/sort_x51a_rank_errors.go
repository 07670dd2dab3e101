package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type GradEntry struct {
	Param    string
	I, J     int
	Analytic float64
	Numeric  float64
}

func (g GradEntry) Rel() float64 {
	return math.Abs(g.Analytic-g.Numeric) / math.Max(1e-12, math.Abs(g.Analytic)+math.Abs(g.Numeric))
}

type byRel []GradEntry

func (b byRel) Len() int           { return len(b) }
func (b byRel) Less(i, j int) bool { return b[i].Rel() > b[j].Rel() }
func (b byRel) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	// Deliberately buggy backward for W2: forgot the ReLU mask on one entry.
	entries := []GradEntry{
		{"W1", 0, 0, 0.1234, 0.1234},
		{"W1", 0, 1, -0.5, -0.5001},
		{"W2", 1, 0, 0.3, 0.0},
		{"b1", 0, 2, 1e-9, 0},
		{"W2", 0, 0, 2.0, 1.9},
		{"b2", 0, 0, -0.75, -0.75},
	}
	sort.Stable(byRel(entries))
	fmt.Println(strings.Repeat("-", 44))
	fmt.Printf("%-4s %-6s %9s %9s %9s\n", "rank", "entry", "analytic", "numeric", "rel")
	fmt.Println(strings.Repeat("-", 44))
	for i, e := range entries {
		fmt.Printf("%-4d %-6s %9.4f %9.4f %9.2e\n", i+1, fmt.Sprintf("%s%d%d", e.Param, e.I, e.J), e.Analytic, e.Numeric, e.Rel())
	}
	bad := sort.Search(len(entries), func(i int) bool { return entries[i].Rel() < 1e-3 })
	fmt.Println("entries over tolerance:", bad)
	byParam := map[string]int{}
	for _, e := range entries[:bad] {
		byParam[e.Param]++
	}
	fmt.Println(byParam)
	names := []string{"b2", "W1", "b1", "W2"}
	sort.Sort(sort.Reverse(sort.StringSlice(names)))
	fmt.Println(names, sort.StringsAreSorted(names))
}
