// Exercises: time.Duration printing and arithmetic, ParseDuration and its errors, Round/Truncate of durations, Minutes/Seconds, a fixed-offset zone.
package main

import (
	"fmt"
	"time"
)

type lap struct {
	name string
	d    time.Duration
}

func main() {
	laps := []lap{{"warmup", 90 * time.Second}, {"sprint", 1500 * time.Millisecond}, {"run", 2*time.Hour + 3*time.Minute + 4*time.Second}}
	var total time.Duration
	for _, l := range laps {
		total += l.d
		fmt.Printf("%-7s %v %.2fm\n", l.name, l.d, l.d.Minutes())
	}
	fmt.Println("total", total, total.Round(time.Minute), total.Truncate(time.Hour))
	for _, s := range []string{"1h15m30.5s", "300ms", "-2m", "1.5h", "3 days", "5"} {
		d, err := time.ParseDuration(s)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(s, "=", d, d.Seconds())
	}
	fmt.Println(time.Duration(1), time.Duration(1500), time.Duration(0), -time.Minute)
	fmt.Printf("%d %s %v\n", time.Second, time.Microsecond*42, time.Duration(1<<62))
	loc := time.FixedZone("EST", -5*3600)
	t := time.Date(2023, 3, 12, 8, 0, 0, 0, loc)
	fmt.Println(t, t.UTC(), t.Location())
}
