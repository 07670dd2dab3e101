// Exercises: time arithmetic on fixed dates, time.Date normalization, Add, Sub, AddDate, Format layouts, Truncate, Weekday, Duration printing
package main

import (
	"fmt"
	"time"
)

type Deadline struct {
	Name string
	At   time.Time
}

func main() {
	start := time.Date(2024, time.February, 28, 22, 30, 0, 0, time.UTC)
	next := start.Add(26 * time.Hour)
	fmt.Println(next.Format("2006-01-02 15:04 Mon"), next.YearDay())
	fmt.Println(start.AddDate(0, 1, 1).Format(time.RFC3339))
	norm := time.Date(2023, 13, 32, 25, 61, 0, 0, time.UTC)
	fmt.Println(norm.Format("Jan 2, 2006 at 3:04pm (MST)"))
	d := next.Sub(start)
	fmt.Println(d, d.Hours(), d.Truncate(time.Hour), (90 * time.Minute).String())
	t := time.Date(2025, 7, 4, 13, 47, 59, 999, time.UTC)
	fmt.Println(t.Truncate(15*time.Minute).Format(time.Kitchen), t.Round(time.Hour).Hour())
	fmt.Println(t.Weekday(), t.Month(), int(t.Month()), t.Unix())
	p, err := time.Parse("2006-01-02", "2025-12-25")
	fmt.Println(p.Weekday(), err, p.Before(t), t.Equal(t.UTC()))
	_, err = time.Parse("2006-01-02", "2025-02-30")
	fmt.Println(err != nil)
	ds := []Deadline{{"b", p}, {"a", t}}
	fmt.Println(ds[0].At.After(ds[1].At), ds[1].At.Sub(ds[0].At).Round(time.Hour))
	dur, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(dur, dur.Seconds(), err)
	fmt.Printf("%v|%s|%d\n", time.Duration(1500)*time.Microsecond, time.Duration(0), time.Second)
}
