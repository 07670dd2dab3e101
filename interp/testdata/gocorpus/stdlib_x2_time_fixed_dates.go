// Exercises: time.Date with fixed values: Format layouts, AddDate, Weekday, Sub, YearDay, Before/After.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2024, time.February, 28, 14, 30, 5, 0, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Format("2006-01-02 15:04:05"), t.Format(time.RFC3339), t.Format("Jan 2, 2006 at 3:04pm"))
	fmt.Println(t.Weekday(), t.YearDay(), t.Month(), int(t.Month()))
	next := t.AddDate(0, 0, 1)
	fmt.Println(next.Format("Mon 2006-01-02"), next.Day())
	nextYear := t.AddDate(1, 0, 1)
	fmt.Println(nextYear.Format("2006-01-02"))
	later := t.Add(36*time.Hour + 30*time.Minute)
	fmt.Println(later.Format(time.Kitchen), later.Sub(t), later.After(t), t.Before(t))
	birthday := time.Date(1990, 7, 15, 0, 0, 0, 0, time.UTC)
	age := t.Year() - birthday.Year()
	if t.YearDay() < birthday.YearDay() {
		age--
	}
	fmt.Println("age", age, "days alive", int(t.Sub(birthday).Hours()/24))
	p, err := time.Parse("2006-01-02", "2023-12-25")
	fmt.Println(p.Weekday(), err, p.Unix())
	_, err = time.Parse("2006-01-02", "2023-13-01")
	fmt.Println(err)
	y, w := t.ISOWeek()
	fmt.Println(y, w, t.Truncate(time.Hour).Format("15:04"), t.Equal(t.Add(0)))
}
