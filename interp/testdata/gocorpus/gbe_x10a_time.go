// Exercises: time - a fixed time.Date, its fields, comparisons, Sub/Add durations, AddDate, Format/Parse layouts, Unix conversions, zones
package main

import (
	"fmt"
	"time"
)

func main() {
	launch := time.Date(2021, time.July, 4, 9, 30, 15, 250_000_000, time.UTC)
	fmt.Println(launch)
	fmt.Println(launch.Year(), launch.Month(), launch.Day(), launch.Hour(), launch.Minute(), launch.Second(), launch.Nanosecond())
	fmt.Println(launch.Weekday(), launch.YearDay(), launch.Location())

	landing := launch.Add(76*time.Hour + 45*time.Minute)
	fmt.Println(landing.Format(time.RFC1123), landing.After(launch), landing.Before(launch))
	trip := landing.Sub(launch)
	fmt.Println(trip, trip.Hours(), trip.Round(time.Hour), trip.Truncate(24*time.Hour), trip.String())
	fmt.Println(launch.Equal(launch.In(time.FixedZone("X", 3600))), launch.Compare(landing))

	fmt.Println(launch.AddDate(0, 0, 30).Format(time.DateOnly), launch.AddDate(0, 7, 28).Format("Jan 2 2006"))
	fmt.Println(time.Date(2021, 2, 31, 0, 0, 0, 0, time.UTC).Format(time.DateOnly))

	for _, layout := range []string{time.RFC3339, time.RFC3339Nano, time.Kitchen, time.Stamp, "2006/01/02 15h04", "Monday, 02-Jan-06", "3:04:05.000 PM MST"} {
		fmt.Println(launch.Format(layout))
	}

	t, err := time.Parse("2006-01-02 15:04:05", "2023-10-05 18:20:00")
	fmt.Println(t, err)
	t, err = time.Parse(time.RFC3339, "2023-10-05T18:20:00+02:00")
	fmt.Println(t.UTC(), err)
	_, err = time.Parse(time.DateOnly, "2023-02-30")
	fmt.Println(err)
	_, err = time.Parse(time.Kitchen, "25:00PM")
	fmt.Println(err)

	fmt.Println(launch.Unix(), launch.UnixMilli(), time.Unix(0, 0).UTC(), time.UnixMilli(launch.UnixMilli()).UTC().Equal(launch))
	tokyo := time.FixedZone("JST", 9*3600)
	fmt.Println(launch.In(tokyo), launch.In(tokyo).Day())

	d, err := time.ParseDuration("2h45m30.5s")
	fmt.Println(d, d.Minutes(), err, time.Duration(90)*time.Second, -d.Abs())
	fmt.Println(launch.Truncate(time.Hour).Format(time.TimeOnly), launch.Round(time.Minute).Format(time.TimeOnly))
	start := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	for d := start; d.Month() == time.January; d = d.AddDate(0, 0, 7) {
		fmt.Print(d.Day(), " ")
	}
	fmt.Println()
}
