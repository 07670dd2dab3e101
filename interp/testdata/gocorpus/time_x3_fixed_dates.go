// Exercises: fixed time.Date values, Add, Sub, Format layouts, Weekday, UTC only (no wall clock)
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Date(2024, time.February, 28, 22, 30, 0, 0, time.UTC)
	end := start.Add(3 * time.Hour)
	fmt.Println(start.Format("2006-01-02 15:04"), end.Format(time.RFC3339))
	fmt.Println(end.Sub(start), end.Weekday(), end.YearDay())
	deadline := start.AddDate(0, 1, 0)
	fmt.Println(deadline.Format("Jan 2, 2006"), deadline.After(end))
	t, err := time.Parse("2006-01-02", "2023-12-31")
	fmt.Println(t.Year(), t.Month(), t.Day(), err)
	fmt.Println(start.Truncate(24 * time.Hour).Format(time.Kitchen))
}
