// Exercises: time.Duration arithmetic and formatting, time.Date with fixed UTC instants, Add/Sub/Truncate, Weekday and Format layouts
package main

import (
	"fmt"
	"time"
)

func main() {
	d := 90*time.Minute + 30*time.Second + 250*time.Millisecond
	fmt.Println(d, d.Hours(), d.Truncate(time.Minute), d.Round(time.Hour))
	fmt.Println(time.Duration(1500)*time.Microsecond, time.Duration(0), -d)
	t0 := time.Date(2024, time.February, 28, 22, 30, 0, 0, time.UTC)
	t1 := t0.Add(26 * time.Hour)
	fmt.Println(t1.Format("2006-01-02 15:04:05 Mon"), t1.Weekday(), t1.YearDay())
	fmt.Println(t1.Sub(t0), t1.After(t0), t0.Equal(t0.UTC()))
	next := t0.AddDate(0, 1, 1)
	fmt.Println(next.Format(time.RFC3339), next.Month(), int(next.Month()))
	parsed, err := time.Parse("2006-01-02", "2023-12-25")
	fmt.Println(parsed.Format("Jan 2, 2006"), err, parsed.Unix())
	_, err = time.Parse("2006-01-02", "2023-13-01")
	fmt.Println(err != nil)
	pd, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(pd, pd.Seconds(), err)
	fmt.Printf("%v %d %T\n", 2*time.Second, time.Second, time.Second)
}
