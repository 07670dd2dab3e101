package main

import (
	"fmt"
	"math"
	"strings"
)

type Bracket struct {
	UpTo float64
	Rate float64
}

type Schedule struct {
	Name      string
	Brackets  []Bracket
	Deduction float64
}

func (s Schedule) Tax(income float64) (total float64, parts []string) {
	taxable := math.Max(0, income-s.Deduction)
	prev := 0.0
	for _, b := range s.Brackets {
		if taxable <= prev {
			break
		}
		slice := math.Min(taxable, b.UpTo) - prev
		t := slice * b.Rate
		total += t
		parts = append(parts, fmt.Sprintf("%.0f@%g%%", slice, b.Rate*100))
		prev = b.UpTo
	}
	return math.Round(total*100) / 100, parts
}

func main() {
	single := Schedule{"single", []Bracket{
		{11000, 0.10}, {44725, 0.12}, {95375, 0.22}, {182100, 0.24}, {math.Inf(1), 0.32},
	}, 13850}
	joint := Schedule{"joint", []Bracket{
		{22000, 0.10}, {89450, 0.12}, {190750, 0.22}, {math.Inf(1), 0.24},
	}, 27700}
	incomes := []float64{0, 12000, 58000, 130000, 400000}
	fmt.Printf("%-8s|%10s|%10s|%7s\n", "sched", "income", "tax", "eff")
	fmt.Println(strings.Repeat("=", 38))
	for _, s := range []Schedule{single, joint} {
		for _, inc := range incomes {
			tax, parts := s.Tax(inc)
			eff := 0.0
			if inc > 0 {
				eff = tax / inc * 100
			}
			fmt.Printf("%-8s|%10.2f|%10.2f|%6.2f%%\n", s.Name, inc, tax, eff)
			if inc == 130000 {
				fmt.Println("   ", strings.Join(parts, " + "))
			}
		}
	}
	fmt.Println(math.Inf(1), -math.Inf(1) < 0, math.NaN() == math.NaN())
	fmt.Printf("%e %G %08.3f %+d %x %o %b %U\n", 1234.5678, 1e21, 3.14159, 42, 255, 8, 5, 'Ä')
}
