// Exercises: time with fixed instants: time.Date, fields, Format with layouts and constants, Parse, Add/Sub/Truncate, Duration printing, weekday, comparisons, Unix.
package main

import (
	"fmt"
	"time"
)

func main() {
	p := fmt.Println
	then := time.Date(2009, 11, 17, 20, 34, 58, 651387237, time.UTC)
	p(then)
	p(then.Year(), then.Month(), then.Day(), then.Hour(), then.Minute(), then.Second(), then.Nanosecond(), then.Location())
	p(then.Weekday(), then.YearDay())
	p(then.Format(time.RFC3339))
	p(then.Format(time.RFC3339Nano))
	p(then.Format("3:04PM"))
	p(then.Format("Mon Jan _2 15:04:05 2006"))
	p(then.Format("2006-01-02T15:04:05.999999-07:00"))
	fmt.Printf("%d-%02d-%02dT%02d:%02d:%02d-00:00\n",
		then.Year(), then.Month(), then.Day(), then.Hour(), then.Minute(), then.Second())
	t1, e := time.Parse(time.RFC3339, "2012-11-01T22:08:41+00:00")
	p(t1, e)
	form := "3 04 PM"
	t2, e := time.Parse(form, "8 41 PM")
	p(t2, e)
	_, e = time.Parse("Mon Jan _2 15:04:05 2006", "8:41PM")
	p(e)
	later := then.Add(36*time.Hour + 90*time.Minute)
	diff := later.Sub(then)
	p(diff, diff.Hours(), diff.Minutes())
	p(then.Before(later), then.After(later), then.Equal(then.Add(0)))
	p(then.Truncate(time.Hour).Format(time.Kitchen), then.AddDate(0, 1, 20).Format(time.DateOnly))
	p(then.Unix(), then.UnixMilli(), time.Unix(1e9, 0).UTC())
	d, _ := time.ParseDuration("1h15m30.5s")
	p(d, d.Seconds(), time.Duration(1500)*time.Millisecond)
	loc := time.FixedZone("UTC+2", 2*60*60)
	p(then.In(loc).Format(time.RFC1123Z))
}
