package main

import (
	"cmp"
	"fmt"
	"slices"
	"time"
)

type Shift struct {
	Worker     string
	Start, End time.Time
}

func (s Shift) Duration() time.Duration { return s.End.Sub(s.Start) }

func (s Shift) Overlaps(o Shift) bool {
	return s.Start.Before(o.End) && o.Start.Before(s.End)
}

type Interval interface {
	Duration() time.Duration
}

func TotalBy[T Interval, K comparable](items []T, key func(T) K) map[K]time.Duration {
	out := make(map[K]time.Duration)
	for _, it := range items {
		out[key(it)] += it.Duration()
	}
	return out
}

func at(day, h, m int) time.Time {
	return time.Date(2024, time.March, day, h, m, 0, 0, time.UTC)
}

func main() {
	shifts := []Shift{
		{"ana", at(4, 9, 0), at(4, 17, 30)},
		{"ben", at(4, 22, 0), at(5, 6, 0)},
		{"ana", at(5, 8, 0), at(5, 12, 15)},
		{"cy", at(5, 11, 0), at(5, 19, 0)},
		{"ben", at(6, 14, 0), at(6, 22, 45)},
	}
	slices.SortFunc(shifts, func(a, b Shift) int {
		return cmp.Or(a.Start.Compare(b.Start), cmp.Compare(a.Worker, b.Worker))
	})
	for _, s := range shifts {
		fmt.Printf("%-4s %s -> %s  %6v  night=%v\n", s.Worker, s.Start.Format("Mon 02 15:04"), s.End.Format("Mon 02 15:04"), s.Duration(), s.End.Day() != s.Start.Day())
	}
	totals := TotalBy(shifts, func(s Shift) string { return s.Worker })
	fmt.Println(totals)
	perDay := TotalBy(shifts, func(s Shift) time.Weekday { return s.Start.Weekday() })
	days := make([]time.Weekday, 0)
	for d := range perDay {
		days = append(days, d)
	}
	slices.Sort(days)
	for _, d := range days {
		fmt.Printf("%-9s %5.2fh\n", d, perDay[d].Hours())
	}
	for i := 0; i < len(shifts); i++ {
		for j := i + 1; j < len(shifts); j++ {
			if shifts[i].Overlaps(shifts[j]) {
				fmt.Println("overlap:", shifts[i].Worker, shifts[j].Worker)
			}
		}
	}

	// pay periods: every other Friday from a fixed anchor
	anchor := time.Date(2024, 1, 5, 0, 0, 0, 0, time.UTC)
	for p := anchor; p.Before(time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)); p = p.AddDate(0, 0, 14) {
		fmt.Print(p.Format("Jan 2"), "; ")
	}
	fmt.Println()
	monthEnds := []time.Time{}
	for m := time.January; m <= time.December; m += 3 {
		monthEnds = append(monthEnds, time.Date(2024, m+1, 0, 0, 0, 0, 0, time.UTC))
	}
	for _, t := range monthEnds {
		fmt.Print(t.Format("2006-01-02"), " ")
	}
	fmt.Println()
	a, b := at(1, 0, 0), at(31, 23, 59)
	fmt.Println(b.Sub(a), b.Sub(a).Round(time.Hour), a.Compare(b), max(a.Unix(), b.Unix()) == b.Unix())
	var zero time.Time
	fmt.Println(zero.IsZero(), zero.Format(time.RFC3339), time.Duration(0), time.Duration(1<<62).String())
}
