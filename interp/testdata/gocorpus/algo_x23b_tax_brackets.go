package main

import (
	"fmt"
	"os"
	"sort"
	"text/tabwriter"
)

type Bracket struct {
	UpTo int64 // cents, 0 = no limit
	Rate int   // basis points
}

type Schedule []Bracket

func (s Schedule) Tax(income int64) (int64, []int64) {
	var tax int64
	parts := make([]int64, len(s))
	var lower int64
	for i, b := range s {
		if income <= lower {
			break
		}
		upper := income
		if b.UpTo != 0 && b.UpTo < income {
			upper = b.UpTo
		}
		portion := (upper - lower) * int64(b.Rate) / 10000
		parts[i] = portion
		tax += portion
		lower = b.UpTo
		if b.UpTo == 0 {
			break
		}
	}
	return tax, parts
}

func (s Schedule) Marginal(income int64) int {
	i := sort.Search(len(s), func(i int) bool { return s[i].UpTo == 0 || s[i].UpTo >= income })
	return s[i].Rate
}

func fmtC(c int64) string {
	neg := c < 0
	if neg {
		c = -c
	}
	s := fmt.Sprintf("%d", c/100)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	if neg {
		s = "-" + s
	}
	return fmt.Sprintf("%s.%02d", s, c%100)
}

func main() {
	sched := Schedule{
		{1100000, 1000},
		{4472500, 1200},
		{9537500, 2200},
		{18280000, 2400},
		{0, 3200},
	}
	incomes := []int64{500000, 1100000, 5000000, 12345678, 25000000, 0}
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(w, "income\ttax\teffective\tmarginal\t")
	for _, inc := range incomes {
		tax, parts := sched.Tax(inc)
		eff := 0.0
		if inc > 0 {
			eff = float64(tax) / float64(inc) * 100
		}
		fmt.Fprintf(w, "%s\t%s\t%.2f%%\t%d%%\t\n", fmtC(inc), fmtC(tax), eff, sched.Marginal(inc)/100)
		_ = parts
	}
	w.Flush()
	_, parts := sched.Tax(25000000)
	for i, p := range parts {
		fmt.Printf("bracket %d: %s\n", i, fmtC(p))
	}
	fmt.Println(fmtC(-123456789), fmtC(5))
}
