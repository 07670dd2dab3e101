package main

import (
	"fmt"
	"math"
	"slices"
)

type Offer struct {
	Lender string
	Rate   float64 // annual
	Years  int
	Fee    int64 // cents, upfront
}

func payment(principal int64, rate float64, years int) int64 {
	n := float64(years * 12)
	r := rate / 12
	if r == 0 {
		return int64(math.Ceil(float64(principal) / n))
	}
	return int64(math.Ceil(float64(principal) * r / (1 - math.Pow(1+r, -n))))
}

// maxLoan finds the largest principal whose payment fits the budget, by bisection on cents.
func maxLoan(budget int64, rate float64, years int) int64 {
	lo, hi := int64(0), int64(1)<<40
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if payment(mid, rate, years) <= budget {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo
}

func dollars(c int64) string { return fmt.Sprintf("$%d.%02d", c/100, c%100) }

func main() {
	offers := []Offer{
		{"First Bank", 0.0625, 30, 350000},
		{"CreditU", 0.0599, 30, 500000},
		{"QuickLoan", 0.0710, 15, 0},
		{"ZeroCo", 0, 10, 1200000},
		{"Mutual", 0.0575, 20, 250000},
	}
	budget := int64(250000) // $2,500 / month
	type result struct {
		Offer
		Max   int64
		Total int64
	}
	var res []result
	for _, o := range offers {
		m := maxLoan(budget, o.Rate, o.Years)
		total := payment(m, o.Rate, o.Years)*int64(o.Years*12) + o.Fee
		res = append(res, result{o, m, total})
	}
	slices.SortStableFunc(res, func(a, b result) int {
		switch {
		case a.Max > b.Max:
			return -1
		case a.Max < b.Max:
			return 1
		}
		return 0
	})
	for _, r := range res {
		fmt.Printf("%-10s %5.2f%% %2dy  max %14s  cost %14s  payment %s\n", r.Lender, r.Rate*100, r.Years, dollars(r.Max), dollars(r.Total), dollars(payment(r.Max, r.Rate, r.Years)))
	}
	best := slices.MinFunc(res, func(a, b result) int {
		ra := float64(a.Total) / float64(a.Max)
		rb := float64(b.Total) / float64(b.Max)
		if ra < rb {
			return -1
		}
		if ra > rb {
			return 1
		}
		return 0
	})
	fmt.Println("cheapest per dollar:", best.Lender)
	rates := []float64{0.05, 0.055, 0.06, 0.065, 0.07}
	i, found := slices.BinarySearch(rates, 0.0625)
	fmt.Println("insert at", i, found, slices.Index(rates, 0.06))
}
