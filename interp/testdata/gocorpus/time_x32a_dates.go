package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2009, time.November, 10, 23, 0, 0, 0, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Weekday(), t.YearDay())
	fmt.Println(t.Format(time.RFC3339))
	fmt.Println(t.Format("Mon Jan 2 15:04:05 2006"))
	fmt.Println(t.Format("2006-01-02 3:04PM"))
	fmt.Println(t.Format("02/01/06 .000"))

	later := t.Add(36*time.Hour + 15*time.Minute)
	fmt.Println("later:", later)
	diff := later.Sub(t)
	fmt.Println("diff:", diff, diff.Hours(), diff.Minutes())
	fmt.Println(later.After(t), later.Before(t), t.Equal(t.UTC()))
	fmt.Println("add date:", t.AddDate(0, 1, 25).Format("2006-01-02"))
	fmt.Println("truncate:", later.Truncate(24*time.Hour))

	p, err := time.Parse("2006-01-02 15:04", "2024-02-29 08:45")
	fmt.Println(p, err)
	_, err = time.Parse("2006-01-02", "2023-02-30")
	fmt.Println("parse error:", err)

	loc := time.FixedZone("UTC+9", 9*60*60)
	fmt.Println(t.In(loc))
	fmt.Println(t.In(loc).Format(time.Kitchen), t.Unix())

	for _, d := range []string{"1h15m30.5s", "90s", "1.5h", "250ms"} {
		pd, _ := time.ParseDuration(d)
		fmt.Printf("%-11s %v %.0f s\n", d, pd, pd.Seconds())
	}
	fmt.Println(time.Duration(1500)*time.Microsecond, (3 * time.Hour).Round(time.Hour))

	// days until a date
	start := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	end := time.Date(2024, 12, 25, 0, 0, 0, 0, time.UTC)
	fmt.Println("days:", int(end.Sub(start).Hours()/24))

	// iterate over the first Monday of each quarter
	for m := time.January; m <= time.October; m += 3 {
		d := time.Date(2024, m, 1, 0, 0, 0, 0, time.UTC)
		for d.Weekday() != time.Monday {
			d = d.AddDate(0, 0, 1)
		}
		fmt.Print(d.Format("Jan 2"), "; ")
	}
	fmt.Println()

	var zero time.Time
	fmt.Println(zero.IsZero(), zero)
	fmt.Println(time.Unix(1700000000, 0).UTC())
	fmt.Printf("%v %d\n", time.Saturday, time.Saturday)
	fmt.Println(time.Month(13), time.March.String())
}
