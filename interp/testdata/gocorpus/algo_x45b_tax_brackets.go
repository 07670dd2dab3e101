package main

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"text/tabwriter"
)

type Bracket struct {
	Upto int64 // cents, 0 means no limit
	Rate int64 // basis points
}

type Schedule struct {
	Name     string
	Brackets []Bracket
	Standard int64
}

var ErrNegative = errors.New("negative income")

func (s Schedule) Tax(income int64) (int64, error) {
	if income < 0 {
		return 0, fmt.Errorf("%s: %w (%d)", s.Name, ErrNegative, income)
	}
	taxable := income - s.Standard
	if taxable <= 0 {
		return 0, nil
	}
	var tax, lower int64
	for _, b := range s.Brackets {
		upper := b.Upto
		if upper == 0 || taxable < upper {
			upper = taxable
		}
		if upper > lower {
			tax += (upper - lower) * b.Rate / 10000
		}
		lower = upper
		if lower >= taxable {
			break
		}
	}
	return tax, nil
}

func fmtCents(c int64) string {
	return fmt.Sprintf("%d.%02d", c/100, c%100)
}

func main() {
	schedules := map[string]Schedule{
		"single": {"single", []Bracket{{1160000, 1000}, {4712500, 1200}, {10052500, 2200}, {19195000, 2400}, {0, 3200}}, 1460000},
		"joint":  {"joint", []Bracket{{2320000, 1000}, {9425000, 1200}, {20105000, 2200}, {0, 2400}}, 2920000},
	}
	names := make([]string, 0, len(schedules))
	for k := range schedules {
		names = append(names, k)
	}
	sort.Strings(names)
	incomes := []int64{1000000, 4500000, 8500000, 15000000, 32000000}
	w := tabwriter.NewWriter(os.Stdout, 4, 0, 1, ' ', 0)
	fmt.Fprintln(w, "status\tincome\ttax\teffective")
	for _, n := range names {
		s := schedules[n]
		for _, inc := range incomes {
			t, err := s.Tax(inc)
			if err != nil {
				fmt.Fprintln(w, "error:", err)
				continue
			}
			fmt.Fprintf(w, "%s\t%s\t%s\t%.2f%%\n", n, fmtCents(inc), fmtCents(t), float64(t)*100/float64(inc))
		}
	}
	w.Flush()
	_, err := schedules["single"].Tax(-5)
	fmt.Println(err, errors.Is(err, ErrNegative))
}
