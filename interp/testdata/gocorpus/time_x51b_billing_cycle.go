package main

import (
	"fmt"
	"time"
)

type Subscription struct {
	Customer string
	Start    time.Time
	Period   string
	Trial    time.Duration
}

func (s Subscription) NextBilling(after time.Time) time.Time {
	t := s.Start.Add(s.Trial)
	for !t.After(after) {
		switch s.Period {
		case "monthly":
			t = t.AddDate(0, 1, 0)
		case "yearly":
			t = t.AddDate(1, 0, 0)
		case "weekly":
			t = t.AddDate(0, 0, 7)
		}
	}
	return t
}

func businessDaysBetween(a, b time.Time) int {
	n := 0
	for d := a; d.Before(b); d = d.AddDate(0, 0, 1) {
		if wd := d.Weekday(); wd != time.Saturday && wd != time.Sunday {
			n++
		}
	}
	return n
}

func main() {
	now := time.Date(2024, time.March, 15, 10, 30, 0, 0, time.UTC)
	subs := []Subscription{
		{"ann", time.Date(2024, 1, 31, 0, 0, 0, 0, time.UTC), "monthly", 0},
		{"ben", time.Date(2023, 2, 28, 9, 0, 0, 0, time.UTC), "yearly", 14 * 24 * time.Hour},
		{"cy", time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC), "weekly", 36 * time.Hour},
	}
	for _, s := range subs {
		nb := s.NextBilling(now)
		fmt.Printf("%-4s next=%s (%s) in %v\n", s.Customer, nb.Format("2006-01-02 15:04"), nb.Weekday(), nb.Sub(now).Round(time.Hour))
	}
	due := time.Date(2024, 2, 26, 0, 0, 0, 0, time.UTC)
	fmt.Println("business days:", businessDaysBetween(due, now))
	overdue := now.Sub(due)
	fmt.Printf("overdue %.1f days, %v\n", overdue.Hours()/24, overdue)
	y, w := now.ISOWeek()
	fmt.Println("iso week", y, w, "yearday", now.YearDay())
	end := time.Date(2024, 2, 30, 0, 0, 0, 0, time.UTC)
	fmt.Println("normalized:", end.Format(time.RFC3339), end.Month())
	q := (int(now.Month())-1)/3 + 1
	qStart := time.Date(now.Year(), time.Month((q-1)*3+1), 1, 0, 0, 0, 0, time.UTC)
	fmt.Println("quarter", q, "starts", qStart.Format("Jan 2, 2006"), "truncated", now.Truncate(24*time.Hour).Format(time.Kitchen))
	p, err := time.Parse("2006-01-02", "2024-13-01")
	fmt.Println(p.IsZero(), err)
}
