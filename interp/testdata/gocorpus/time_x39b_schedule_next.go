package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"
)

type Schedule struct {
	Days   map[time.Weekday]bool
	Hour   int
	Minute int
}

var ErrBadSpec = errors.New("bad schedule spec")

func ParseSchedule(spec string) (Schedule, error) {
	daysPart, clock, ok := strings.Cut(spec, "@")
	if !ok {
		return Schedule{}, fmt.Errorf("%w: missing @ in %q", ErrBadSpec, spec)
	}
	t, err := time.Parse("15:04", clock)
	if err != nil {
		return Schedule{}, fmt.Errorf("%w: %v", ErrBadSpec, err)
	}
	names := map[string]time.Weekday{}
	for d := time.Sunday; d <= time.Saturday; d++ {
		names[strings.ToLower(d.String()[:3])] = d
	}
	s := Schedule{Days: map[time.Weekday]bool{}, Hour: t.Hour(), Minute: t.Minute()}
	for _, d := range strings.Split(daysPart, ",") {
		wd, ok := names[strings.ToLower(strings.TrimSpace(d))]
		if !ok {
			return Schedule{}, fmt.Errorf("%w: unknown day %q", ErrBadSpec, d)
		}
		s.Days[wd] = true
	}
	return s, nil
}

func (s Schedule) Next(after time.Time) time.Time {
	day := time.Date(after.Year(), after.Month(), after.Day(), s.Hour, s.Minute, 0, 0, after.Location())
	for i := 0; i < 8; i++ {
		c := day.AddDate(0, 0, i)
		if s.Days[c.Weekday()] && c.After(after) {
			return c
		}
	}
	return time.Time{}
}

func main() {
	base := time.Date(2024, time.February, 28, 22, 15, 30, 0, time.UTC)
	fmt.Println(base.Format(time.RFC3339), base.Weekday(), base.YearDay())
	for _, spec := range []string{"mon,wed,fri@09:30", "thu@23:00", "sat , sun@07:05", "funday@10:00", "mon@25:00", "tue"} {
		s, err := ParseSchedule(spec)
		if err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrBadSpec))
			continue
		}
		n := s.Next(base)
		fmt.Printf("%-18s next=%s in %v\n", spec, n.Format("Mon Jan 2 15:04"), n.Sub(base))
	}
	d := 90*time.Minute + 30*time.Second + 250*time.Millisecond
	fmt.Println(d, d.Round(time.Minute), d.Truncate(time.Hour), d.Hours(), time.Duration(0), 2*time.Microsecond)
	pd, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(pd, pd.Seconds(), err)
	leap := time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC)
	fmt.Println(leap.AddDate(1, 0, 0).Format("2006-01-02"), leap.Add(-24*time.Hour).Month(), leap.Equal(base))
	times := []time.Time{base, leap, base.Add(-time.Hour), leap.AddDate(0, -1, 0)}
	sort.Slice(times, func(i, j int) bool { return times[i].Before(times[j]) })
	for _, t := range times {
		fmt.Print(t.Format("01/02 15h"), "; ")
	}
	fmt.Println()
	t, err := time.Parse("2006-01-02 15:04:05 -0700", "2023-11-05 01:30:00 -0500")
	fmt.Println(t.UTC(), err, t.Unix(), t.Truncate(24*time.Hour).UTC().Format(time.Kitchen))
	_, err = time.Parse(time.DateOnly, "2023-13-01")
	fmt.Println(err)
	fmt.Println(time.Unix(1700000000, 0).UTC().Format(time.RFC1123), time.March, time.Saturday)
}
