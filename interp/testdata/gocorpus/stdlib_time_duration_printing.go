// Exercises: time.Duration arithmetic, printing, rounding and parsing (no wall clock).
package main

import (
	"fmt"
	"time"
)

func main() {
	d := 90 * time.Minute
	fmt.Println(d, d.Hours(), d.Minutes())
	fmt.Println(1500*time.Millisecond, 2*time.Microsecond, 3*time.Nanosecond, time.Duration(0))
	p, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(p, err, p.Seconds())
	fmt.Println(p.Round(time.Minute), p.Truncate(time.Hour))
	fmt.Printf("%v %d %s\n", time.Second, time.Second, -time.Second)
	t := time.Date(2024, time.February, 28, 23, 30, 0, 0, time.UTC)
	t2 := t.Add(2 * time.Hour)
	fmt.Println(t2.Format("2006-01-02 15:04"), t2.Weekday(), t2.Sub(t))
	fmt.Println(t.AddDate(0, 1, 1).Format(time.RFC3339), t.YearDay())
}
