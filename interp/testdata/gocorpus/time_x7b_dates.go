// Exercises: time.Date, Add/AddDate/Sub, Format with several layouts, Weekday, YearDay, Truncate, Before/After/Equal, time.Parse and its error.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2024, time.February, 28, 22, 30, 15, 123456789, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Format(time.RFC3339), t.Format(time.RFC3339Nano))
	fmt.Println(t.Format("Mon Jan 2 15:04:05 2006"), t.Format("02/01/06 03:04PM"))
	next := t.Add(3 * time.Hour)
	fmt.Println(next.Format(time.DateOnly), next.Weekday(), next.YearDay())
	fmt.Println(t.AddDate(0, 1, 1).Format(time.DateTime), t.AddDate(1, 0, 1).Format(time.DateOnly))
	fmt.Println(t.Truncate(time.Hour).Format(time.Kitchen), t.Round(time.Minute).Format(time.TimeOnly))
	d := time.Date(2024, 12, 25, 0, 0, 0, 0, time.UTC).Sub(t)
	fmt.Println(d, d.Hours(), int(d.Hours()/24))
	fmt.Println(t.Before(next), t.After(next), t.Equal(t.In(time.FixedZone("X", 3600))))
	p, err := time.Parse("2006-01-02 15:04", "2023-07-04 09:15")
	fmt.Println(p, err, p.Month(), int(p.Month()))
	_, err = time.Parse(time.DateOnly, "2023-13-01")
	fmt.Println("error:", err)
	y, w := t.ISOWeek()
	fmt.Println(y, w, t.Unix(), t.Nanosecond())
}
