package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type Line struct {
	SKU      string
	Qty      int
	UnitCent int64
	Category string
}

type Rule interface {
	Apply(lines []Line, subtotal int64) (int64, string)
}

type PercentOff struct {
	Category string
	Percent  float64
}

func (p PercentOff) Apply(lines []Line, _ int64) (int64, string) {
	var sum int64
	for _, l := range lines {
		if l.Category == p.Category {
			sum += int64(l.Qty) * l.UnitCent
		}
	}
	d := int64(math.Round(float64(sum) * p.Percent / 100))
	return d, fmt.Sprintf("%.0f%% off %s", p.Percent, p.Category)
}

type Threshold struct {
	Min, Off int64
}

func (t Threshold) Apply(_ []Line, subtotal int64) (int64, string) {
	if subtotal >= t.Min {
		return t.Off, fmt.Sprintf("%s off over %s", money(t.Off), money(t.Min))
	}
	return 0, ""
}

func money(c int64) string {
	sign := ""
	if c < 0 {
		sign = "-"
		c = -c
	}
	return fmt.Sprintf("%s$%d.%02d", sign, c/100, c%100)
}

var taxRates = map[string]float64{"food": 0.05, "books": 0, "tools": 0.2}

func main() {
	lines := []Line{
		{"APL", 6, 45, "food"},
		{"HAM", 1, 1999, "tools"},
		{"GO-BOOK", 2, 3950, "books"},
		{"SAW", 1, 2599, "tools"},
	}
	var subtotal int64
	for _, l := range lines {
		subtotal += int64(l.Qty) * l.UnitCent
	}
	rules := []Rule{PercentOff{"tools", 10}, Threshold{10000, 500}, Threshold{50000, 2000}}
	var discount int64
	for _, r := range rules {
		d, why := r.Apply(lines, subtotal)
		if d > 0 {
			fmt.Printf("  %-22s %8s (%T)\n", why, money(-d), r)
			discount += d
		}
	}
	byCat := map[string]int64{}
	for _, l := range lines {
		byCat[l.Category] += int64(l.Qty) * l.UnitCent
	}
	cats := make([]string, 0, len(byCat))
	for c := range byCat {
		cats = append(cats, c)
	}
	sort.Strings(cats)
	var tax int64
	for _, c := range cats {
		t := int64(math.Round(float64(byCat[c]) * taxRates[c]))
		tax += t
		fmt.Printf("  tax %-6s on %9s = %s\n", c, money(byCat[c]), money(t))
	}
	fmt.Println(strings.Repeat("-", 30))
	fmt.Println("subtotal", money(subtotal))
	fmt.Println("discount", money(-discount))
	fmt.Println("tax     ", money(tax))
	fmt.Println("total   ", money(subtotal-discount+tax))
}
