// Exercises: time.Duration arithmetic and printing: String, Hours/Minutes, Round, Truncate, ParseDuration.
package main

import (
	"fmt"
	"time"
)

func main() {
	durations := []time.Duration{
		0, 1, 1500 * time.Microsecond, 2 * time.Second, 90 * time.Minute,
		26*time.Hour + 3*time.Minute + 4*time.Second + 5*time.Millisecond, -time.Minute,
	}
	for _, d := range durations {
		fmt.Printf("%-16v %-14d %.3f h\n", d, int64(d), d.Hours())
	}
	d := 3*time.Hour + 25*time.Minute + 45*time.Second + 500*time.Millisecond
	fmt.Println(d.Round(time.Hour), d.Round(time.Minute), d.Truncate(time.Minute), d.Minutes())
	fmt.Println(d.Seconds(), d.Milliseconds(), time.Duration(1.5*float64(time.Second)))
	for _, s := range []string{"1h15m30.5s", "300ms", "-2m", "1.5h", "10", "3d"} {
		p, err := time.ParseDuration(s)
		fmt.Println(s, "=>", p, err)
	}
	total := time.Duration(0)
	for _, lap := range []string{"1m2s", "58.5s", "1m0.25s"} {
		l, _ := time.ParseDuration(lap)
		total += l
	}
	fmt.Println("total", total, "avg", total/3)
	fmt.Printf("%T %s %v\n", d, time.Second*90, time.Duration(1<<63-1))
}
