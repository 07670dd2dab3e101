package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2024, time.February, 29, 13, 4, 5, 123456789, time.UTC)
	layouts := []string{time.RFC3339, time.RFC3339Nano, time.Kitchen, time.ANSIC, "2006-01-02", "Mon Jan _2 15:04", "02/01/06 03:04PM", time.DateTime}
	for _, l := range layouts {
		fmt.Printf("%-36q %s\n", l, t.Format(l))
	}
	fmt.Println(t.Weekday(), t.YearDay(), t.Unix())
	y, w := t.ISOWeek()
	fmt.Println("iso week", y, w)
	next := t.AddDate(1, 0, 0)
	fmt.Println(next.Format("2006-01-02"), next.Sub(t), next.Sub(t).Hours()/24)
	d := 90*time.Minute + 30*time.Second + 250*time.Millisecond
	fmt.Println(d, d.Round(time.Minute), d.Truncate(time.Hour), d.Seconds())
	p, err := time.Parse("2006-01-02 15:04", "2023-12-31 23:59")
	fmt.Println(p, err, p.Before(t), t.Sub(p).Round(time.Hour))
	_, err = time.Parse(time.RFC3339, "not a date")
	fmt.Println(err)
	dd, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(dd, err, dd.Minutes())
	loc := time.FixedZone("X", 5*3600+1800)
	fmt.Println(t.In(loc).Format(time.RFC1123Z))
	start := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	for d := start; d.Month() == time.January; d = d.AddDate(0, 0, 7) {
		fmt.Print(d.Format("Jan 2 "), d.Weekday().String()[:3], "; ")
	}
	fmt.Println()
	fmt.Println(t.Truncate(24*time.Hour).Format(time.Stamp), t.Equal(t.In(loc)))
}
