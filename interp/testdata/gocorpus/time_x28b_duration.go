package main

import (
	"fmt"
	"time"
)

// time.Duration is an int64 count of nanoseconds.
// Mistake: time.Sleep(5) sleeps 5ns; multiplying a Duration by a Duration.

type RetryPolicy struct {
	Base   time.Duration
	Max    time.Duration
	Factor int
}

func (p RetryPolicy) Delay(attempt int) time.Duration {
	d := p.Base
	for range attempt {
		d *= time.Duration(p.Factor)
		if d > p.Max {
			return p.Max
		}
	}
	return d
}

func formatHMS(d time.Duration) string {
	d = d.Round(time.Second)
	h := d / time.Hour
	d -= h * time.Hour
	m := d / time.Minute
	d -= m * time.Minute
	s := d / time.Second
	return fmt.Sprintf("%02d:%02d:%02d", h, m, s)
}

func main() {
	timeout := 5
	fmt.Println("wrong:", time.Duration(timeout), "right:", time.Duration(timeout)*time.Second)

	d := 90 * time.Minute
	fmt.Println(d, d.Hours(), d.Minutes(), int64(d))
	fmt.Printf("%v %d %s %T\n", d, d, d, d)

	p := RetryPolicy{Base: 100 * time.Millisecond, Max: 2 * time.Second, Factor: 2}
	for a := range 6 {
		fmt.Print(p.Delay(a), " ")
	}
	fmt.Println()

	for _, s := range []string{"1h15m30.5s", "250ms", "-3us", "2d", "1.5h"} {
		v, err := time.ParseDuration(s)
		if err != nil {
			fmt.Println("parse error:", err)
			continue
		}
		fmt.Println(s, "=>", v, formatHMS(v))
	}

	// Truncate vs Round.
	x := 1*time.Hour + 29*time.Minute + 45*time.Second
	fmt.Println(x.Truncate(time.Hour), x.Round(time.Hour), x.Round(time.Minute))

	// Fixed times instead of time.Now.
	start := time.Date(2024, time.January, 31, 22, 30, 0, 0, time.UTC)
	end := start.Add(3*time.Hour + 15*time.Minute)
	fmt.Println(end.Format(time.RFC3339), end.Sub(start), end.After(start))

	// AddDate normalises: Jan 31 + 1 month = Mar 2 (2024 is a leap year).
	fmt.Println(start.AddDate(0, 1, 0).Format("2006-01-02"))

	// Day arithmetic across a month.
	days := end.Sub(start.AddDate(0, 0, -10)).Hours() / 24
	fmt.Printf("%.4f days\n", days)

	// Comparing times: use Equal, not ==, across locations.
	loc := time.FixedZone("UTC+2", 2*60*60)
	same := start.In(loc)
	fmt.Println(same == start, same.Equal(start), same.Format("15:04 MST"))

	// Durations overflow silently at about 292 years.
	long := time.Duration(1<<63 - 1)
	fmt.Println(long, long+1 < 0)

	// Weekday and YearDay.
	fmt.Println(start.Weekday(), start.YearDay(), end.Weekday())

	// Timer reset patterns without sleeping: a stopped timer does not fire.
	t := time.NewTimer(time.Hour)
	fmt.Println("stopped:", t.Stop())

	// Deadlines as values.
	deadline := start.Add(30 * time.Second)
	now := start.Add(45 * time.Second)
	if now.After(deadline) {
		fmt.Println("late by", now.Sub(deadline))
	}
	fmt.Println(time.Until(time.Time{}) < 0)
}
