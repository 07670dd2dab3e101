package main

import (
	"fmt"
	"time"
)

type Meeting struct {
	Title string
	Start time.Time
	Dur   time.Duration
}

func (m Meeting) End() time.Time { return m.Start.Add(m.Dur) }

func overlaps(a, b Meeting) bool {
	return a.Start.Before(b.End()) && b.Start.Before(a.End())
}

func main() {
	base := time.Date(2024, time.February, 27, 9, 30, 0, 0, time.UTC)
	meetings := []Meeting{
		{"standup", base, 15 * time.Minute},
		{"design", base.Add(10 * time.Minute), time.Hour},
		{"lunch", time.Date(2024, 2, 27, 12, 0, 0, 0, time.UTC), 45 * time.Minute},
		{"retro", base.AddDate(0, 0, 3), 90 * time.Minute},
	}
	for _, m := range meetings {
		fmt.Printf("%-8s %s -> %s (%v) %s\n", m.Title, m.Start.Format("Mon Jan 2 15:04"), m.End().Format(time.Kitchen), m.Dur, m.Start.Weekday())
	}
	for i := range meetings {
		for j := i + 1; j < len(meetings); j++ {
			if overlaps(meetings[i], meetings[j]) {
				fmt.Println("overlap:", meetings[i].Title, meetings[j].Title)
			}
		}
	}

	leap := time.Date(2024, 2, 28, 23, 0, 0, 0, time.UTC)
	fmt.Println(leap.Add(2 * time.Hour).Format("2006-01-02"))
	fmt.Println(time.Date(2023, 2, 28, 0, 0, 0, 0, time.UTC).AddDate(0, 0, 1).Format(time.DateOnly))
	fmt.Println(time.Date(2024, 1, 31, 0, 0, 0, 0, time.UTC).AddDate(0, 1, 0).Format(time.RFC3339))

	d := meetings[3].End().Sub(meetings[0].Start)
	fmt.Println("span:", d, d.Hours(), d.Round(time.Hour), d.Truncate(24*time.Hour))

	dur, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(dur, err, dur.Seconds(), dur.Minutes())
	_, err = time.ParseDuration("5 minutes")
	fmt.Println("err:", err)

	t, err := time.Parse("2006-01-02 15:04:05", "2023-12-31 23:59:59")
	fmt.Println(t, err)
	fmt.Println(t.Add(time.Second).Year(), t.YearDay(), t.Add(time.Second).YearDay())
	_, wk := t.ISOWeek()
	fmt.Println("iso week:", wk)

	loc := time.FixedZone("EST", -5*3600)
	inEST := base.In(loc)
	fmt.Println(inEST.Format(time.RFC1123Z), inEST.Equal(base), inEST == base)

	fmt.Println(base.Truncate(time.Hour).Format(time.TimeOnly), base.Round(time.Hour).Format(time.TimeOnly))
	birthday := time.Date(1990, 7, 14, 0, 0, 0, 0, time.UTC)
	today := time.Date(2024, 7, 13, 0, 0, 0, 0, time.UTC)
	age := today.Year() - birthday.Year()
	if today.YearDay() < birthday.YearDay() {
		age--
	}
	fmt.Println("age:", age, "days alive:", int(today.Sub(birthday).Hours()/24))

	var zero time.Time
	fmt.Println(zero.IsZero(), zero.Format(time.RFC3339), zero.Unix())
	fmt.Println(time.Unix(1700000000, 0).UTC())
	fmt.Printf("%v|%s|%d\n", 1500*time.Millisecond, 90*time.Second, time.Minute)
	fmt.Println(time.Duration(1234567890), time.Duration(0), -2*time.Microsecond)
	fmt.Println(base.Month(), int(base.Month()), base.Day(), base.Hour())
	fmt.Println(time.Date(2024, 13, 35, 25, 0, 0, 0, time.UTC))
}
