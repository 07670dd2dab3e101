// Exercises: time.Duration arithmetic, String formatting, Truncate/Round, conversion to seconds
package main

import (
	"fmt"
	"time"
)

func main() {
	epoch := 1500 * time.Millisecond
	total := epoch * 40
	fmt.Println(epoch, total, total.Minutes())
	d := 3*time.Hour + 25*time.Minute + 45*time.Second + 500*time.Millisecond
	fmt.Println(d, d.Round(time.Minute), d.Truncate(time.Hour))
	fmt.Printf("%.2f s, %d ms\n", d.Seconds(), d.Milliseconds())
	per := total / 7
	fmt.Println(per, time.Duration(0), -2*time.Second)
	p, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(p, err, p > time.Hour)
}
