// Exercises: time.Duration arithmetic and printing, deterministic dates from time.Date
package main

import (
	"fmt"
	"time"
)

func main() {
	d := 1500 * time.Millisecond
	fmt.Println(d, d*3, time.Duration(90)*time.Minute, d.Seconds())
	t := time.Date(2024, time.February, 28, 23, 30, 0, 0, time.UTC)
	t2 := t.Add(2 * time.Hour)
	fmt.Println(t2.Format("2006-01-02 15:04"), t2.Weekday(), t2.YearDay(), t2.Sub(t))
	for y := 2020; y <= 2030; y++ {
		if time.Date(y, time.December, 25, 0, 0, 0, 0, time.UTC).Weekday() == time.Sunday {
			fmt.Print(y, " ")
		}
	}
	fmt.Println()
	fmt.Printf("%v %T %d\n", time.March, time.March, time.March)
}
