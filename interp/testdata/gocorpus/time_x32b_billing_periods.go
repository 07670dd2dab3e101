package main

import (
	"fmt"
	"math"
	"time"
)

type Plan struct {
	Name    string
	Monthly float64
}

type Subscription struct {
	Plan  Plan
	Start time.Time
	End   time.Time
}

func daysIn(year int, month time.Month) int {
	return time.Date(year, month+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

func monthStart(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, t.Location())
}

func (s Subscription) Invoices() []string {
	var out []string
	for m := monthStart(s.Start); m.Before(s.End); m = m.AddDate(0, 1, 0) {
		next := m.AddDate(0, 1, 0)
		from := m
		if s.Start.After(from) {
			from = s.Start
		}
		to := next
		if s.End.Before(to) {
			to = s.End
		}
		days := int(to.Sub(from).Hours() / 24)
		total := daysIn(m.Year(), m.Month())
		amount := math.Round(s.Plan.Monthly*float64(days)/float64(total)*100) / 100
		out = append(out, fmt.Sprintf("%s %2d/%d days %8.2f", m.Format("2006-01"), days, total, amount))
	}
	return out
}

func businessDays(from, to time.Time) int {
	n := 0
	for d := from; d.Before(to); d = d.AddDate(0, 0, 1) {
		if wd := d.Weekday(); wd != time.Saturday && wd != time.Sunday {
			n++
		}
	}
	return n
}

func main() {
	sub := Subscription{
		Plan:  Plan{"pro", 29.99},
		Start: time.Date(2024, 1, 15, 0, 0, 0, 0, time.UTC),
		End:   time.Date(2024, 4, 10, 0, 0, 0, 0, time.UTC),
	}
	for _, inv := range sub.Invoices() {
		fmt.Println(inv)
	}
	for _, y := range []int{1900, 2000, 2023, 2024} {
		fmt.Print(y, ":", daysIn(y, time.February), " ")
	}
	fmt.Println()

	start := time.Date(2024, 12, 23, 0, 0, 0, 0, time.UTC)
	fmt.Println("business days:", businessDays(start, start.AddDate(0, 0, 14)))

	due := time.Date(2024, 3, 31, 0, 0, 0, 0, time.UTC)
	for i := 0; i < 4; i++ {
		fmt.Print(due.AddDate(0, i, 0).Format("Jan 2"), " | ")
	}
	fmt.Println()

	ny, _ := time.LoadLocation("UTC")
	t1 := time.Date(2024, 6, 1, 23, 30, 0, 0, ny)
	t2 := t1.Add(90 * time.Minute)
	fmt.Println(t2.Format(time.RFC822), t2.Sub(t1), t1.Before(t2), t2.Compare(t1))
	fmt.Println(t1.Format("Monday, 02-Jan-06 3:04:05 PM MST"), t1.Format("2006/1/2 .000"))

	usage := []time.Duration{95 * time.Minute, 3*time.Hour + 20*time.Second, 45 * time.Second}
	var sum time.Duration
	for _, u := range usage {
		sum += u
	}
	billable := sum.Round(15 * time.Minute)
	fmt.Println(sum, billable, billable.Hours()*40.0)
	fmt.Printf("%.2f hours, %d minutes, %v\n", sum.Hours(), int(sum.Minutes()), sum.Truncate(time.Hour))

	week := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	yr, wk := week.ISOWeek()
	fmt.Println(yr, wk, week.Weekday(), week.AddDate(0, 0, -1).Weekday())
	deadline := time.Date(2024, 2, 29, 17, 0, 0, 0, time.UTC)
	fmt.Println(deadline.AddDate(1, 0, 0).Format(time.DateOnly), deadline.Unix(), deadline.UnixMilli())
	text, _ := deadline.MarshalText()
	fmt.Println(string(text))
	var parsed time.Time
	err := parsed.UnmarshalText([]byte("2024-02-30T00:00:00Z"))
	fmt.Println(err)
}
