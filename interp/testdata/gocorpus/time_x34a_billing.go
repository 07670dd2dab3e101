package main

import (
	"fmt"
	"time"
)

type Invoice struct {
	ID     int
	Issued time.Time
	Terms  time.Duration
}

func (inv Invoice) Due() time.Time { return inv.Issued.Add(inv.Terms) }

func (inv Invoice) String() string {
	return fmt.Sprintf("INV-%04d issued %s due %s", inv.ID,
		inv.Issued.Format("Mon Jan 2 2006"), inv.Due().Format(time.DateOnly))
}

func main() {
	base := time.Date(2024, time.January, 31, 9, 30, 0, 0, time.UTC)
	fmt.Println(base)
	fmt.Println(base.Format(time.RFC3339), base.Format(time.Kitchen), base.Format("02/01/06 15:04:05.000"))
	fmt.Println("AddDate 1 month:", base.AddDate(0, 1, 0).Format(time.DateOnly))
	fmt.Println("weekday:", base.Weekday(), "yearday:", base.YearDay())
	y, w := base.ISOWeek()
	fmt.Println("iso week:", y, w)

	invoices := []Invoice{
		{1, base, 30 * 24 * time.Hour},
		{2, base.AddDate(0, 0, 10), 14 * 24 * time.Hour},
		{3, time.Date(2024, 2, 28, 0, 0, 0, 0, time.UTC), 48 * time.Hour},
	}
	now := time.Date(2024, 3, 1, 12, 0, 0, 0, time.UTC)
	for _, inv := range invoices {
		status := "open"
		if now.After(inv.Due()) {
			overdue := now.Sub(inv.Due())
			status = fmt.Sprintf("overdue by %v (%.1f days)", overdue, overdue.Hours()/24)
		}
		fmt.Println(inv, "->", status)
	}

	d, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(d, err, d.Minutes(), d.Round(time.Minute), d.Truncate(time.Hour))
	t, err := time.Parse("2006-01-02 15:04", "2023-11-05 01:30")
	fmt.Println(t, err)
	_, err = time.Parse(time.DateOnly, "2023-13-01")
	fmt.Println("error:", err)

	loc := time.FixedZone("EST", -5*3600)
	fmt.Println(base.In(loc).Format(time.RFC1123Z))
	fmt.Println(base.Equal(base.In(loc)), base == base.In(loc))

	start := time.Date(2024, 12, 30, 0, 0, 0, 0, time.UTC)
	for i := 0; i < 4; i++ {
		day := start.AddDate(0, 0, i)
		fmt.Printf("%s %-9s %v\n", day.Format("Jan _2"), day.Weekday(), day.Year())
	}
	fmt.Println(base.Truncate(24*time.Hour).Format(time.DateTime), base.Unix(), time.Unix(0, 0).UTC())
	fmt.Printf("%v %s %d\n", 90*time.Second, 1500*time.Microsecond, time.Duration(42))
	fmt.Println(time.Month(5), time.Saturday, base.Month() == time.January)
}
