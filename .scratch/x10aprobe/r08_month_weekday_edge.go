package main

import (
	"fmt"
	"time"
)

type event struct {
	Name string
	When time.Time
	Dur  time.Duration
	M    time.Month
}

func main() {
	fmt.Println(time.Month(13), time.Weekday(9), time.Duration(0), time.Duration(1), -90*time.Second)
	e := event{"launch", time.Date(2024, 2, 29, 23, 59, 59, 0, time.UTC), 90 * time.Minute, time.March}
	fmt.Printf("%v\n%+v\n", e, e)
	next := e.When.AddDate(1, 0, 0)
	fmt.Println(next.Format("2006-01-02"), e.When.Add(time.Second).Format(time.Kitchen))
	y, w := e.When.ISOWeek()
	fmt.Println(y, w, e.When.Sub(next).Round(time.Hour))
	t, err := time.Parse("2006-01-02 15:04", "2024-13-01 10:00")
	fmt.Println(t, err)
}
