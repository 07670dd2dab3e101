package main

import (
	"fmt"
	"strings"
	"time"
)

type Plan struct {
	Name    string
	Monthly float64
}

type Subscription struct {
	Customer string
	Plan     Plan
	Start    time.Time
	Cancel   time.Time
}

func monthEnd(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month()+1, 1, 0, 0, 0, 0, t.Location())
}

func daysIn(y int, m time.Month) int {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

type Line struct {
	Period  string
	Days    int
	Charged float64
}

func (s Subscription) Invoice(until time.Time) []Line {
	var out []Line
	end := until
	if !s.Cancel.IsZero() && s.Cancel.Before(end) {
		end = s.Cancel
	}
	for cur := s.Start; cur.Before(end); {
		next := monthEnd(cur)
		stop := next
		if end.Before(stop) {
			stop = end
		}
		days := int(stop.Sub(cur).Hours() / 24)
		total := daysIn(cur.Year(), cur.Month())
		amt := s.Plan.Monthly * float64(days) / float64(total)
		out = append(out, Line{cur.Format("2006-01"), days, float64(int(amt*100+0.5)) / 100})
		cur = next
	}
	return out
}

func main() {
	basic := Plan{"basic", 9.99}
	pro := Plan{"pro", 29.00}
	subs := []Subscription{
		{"north-co", basic, time.Date(2024, 1, 15, 0, 0, 0, 0, time.UTC), time.Time{}},
		{"leap-llc", pro, time.Date(2024, 2, 10, 0, 0, 0, 0, time.UTC), time.Date(2024, 4, 20, 0, 0, 0, 0, time.UTC)},
		{"yearend", pro, time.Date(2023, 12, 31, 0, 0, 0, 0, time.UTC), time.Time{}},
	}
	until := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	grand := 0.0
	for _, s := range subs {
		fmt.Printf("%s (%s, started %s)\n", s.Customer, s.Plan.Name, s.Start.Format("Jan 2 2006"))
		sum := 0.0
		for _, l := range s.Invoice(until) {
			fmt.Printf("  %s %2d days %8.2f\n", l.Period, l.Days, l.Charged)
			sum += l.Charged
		}
		fmt.Printf("  %s %8.2f\n", strings.Repeat(" ", 15), sum)
		grand += sum
	}
	fmt.Printf("grand total: %.2f\n", grand)

	d := time.Date(2024, 1, 31, 0, 0, 0, 0, time.UTC)
	for i := 1; i <= 3; i++ {
		fmt.Println(d.AddDate(0, i, 0).Format(time.DateOnly), monthEnd(d.AddDate(0, i-1, 0)).AddDate(0, 0, -1).Format("Jan 02"))
	}
	fmt.Println(daysIn(2024, 2), daysIn(2023, 2), daysIn(2024, 12))
	for _, s := range []string{"36h", "90m", "1h15m30.5s", "-2h", "3d"} {
		dur, err := time.ParseDuration(s)
		if err != nil {
			fmt.Println("err:", err)
			continue
		}
		fmt.Printf("%-10s %-12v %8.2fh %v\n", s, dur, dur.Hours(), dur.Round(time.Hour))
	}
	loc := time.FixedZone("EST", -5*3600)
	t := time.Date(2024, 3, 10, 23, 30, 0, 0, loc)
	fmt.Println(t, "|", t.UTC(), "|", t.In(time.UTC).YearDay(), t.Unix())
}
