package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2024, time.February, 29, 13, 4, 5, 123456789, time.UTC)
	layouts := []string{
		time.RFC3339, time.RFC3339Nano, time.Kitchen, time.RFC1123, time.ANSIC,
		"2006-01-02", "02/01/06 15:04", "Mon Jan _2 3:04PM", "Jan 2, 2006 at 3:04pm (MST)",
		"2006.01.02 15:04:05.000", "20060102T150405Z0700", "Monday, 2 January", "day 002 of 2006",
	}
	for _, l := range layouts {
		fmt.Printf("%-28q %s\n", l, t.Format(l))
	}
	fmt.Println(t.Weekday(), t.YearDay(), t.Unix(), t.Nanosecond())
	y, w := t.ISOWeek()
	fmt.Println("iso week", y, w)
	next := t.AddDate(1, 0, 0)
	fmt.Println(next.Format("2006-01-02"), t.AddDate(0, 1, 0).Format(time.DateOnly))
	d := 90*time.Minute + 30*time.Second + 250*time.Millisecond
	fmt.Println(d, d.Hours(), d.Round(time.Minute), d.Truncate(time.Hour), time.Duration(1500)*time.Microsecond)
	later := t.Add(d)
	fmt.Println(later.Format(time.TimeOnly), later.Sub(t) == d, later.After(t), t.Equal(later))
	p, err := time.Parse("2006-01-02 15:04", "2023-12-31 23:59")
	fmt.Println(p, err)
	_, err = time.Parse("2006-01-02", "2023-02-30")
	fmt.Println(err)
	est := time.FixedZone("EST", -5*3600)
	fmt.Println(t.In(est).Format(time.RFC822Z), t.In(est).Day())
	dd, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(dd, err, dd.Seconds())
	start := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	for m := time.January; m <= time.December; m += 3 {
		first := time.Date(2024, m, 1, 0, 0, 0, 0, time.UTC)
		last := first.AddDate(0, 1, -1)
		fmt.Printf("%-9s %2d days, starts %s, +%v\n", m, last.Day(), first.Weekday(), first.Sub(start))
	}
	fmt.Println(t.Truncate(24*time.Hour).Format(time.Stamp), t.Month() == time.February)
}
