package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"text/tabwriter"
	"time"
)

type Shift struct {
	Worker string
	Start  time.Time
	End    time.Time
}

func (s Shift) Duration() time.Duration { return s.End.Sub(s.Start) }

const timesheet = `
ana    2024-07-01 08:00 16:30
ben    2024-07-01 22:00 06:00
ana    2024-07-02 09:15 17:45
carla  2024-07-02 12:00 20:00
ben    2024-07-03 22:00 07:30
carla  2024-07-04 06:00 14:00
ana    2024-07-06 10:00 14:00
`

func parseShifts(s string) ([]Shift, error) {
	var out []Shift
	for _, line := range strings.Split(strings.TrimSpace(s), "\n") {
		var name, day, from, to string
		if _, err := fmt.Sscan(line, &name, &day, &from, &to); err != nil {
			return nil, err
		}
		start, err := time.Parse("2006-01-02 15:04", day+" "+from)
		if err != nil {
			return nil, err
		}
		end, err := time.Parse("2006-01-02 15:04", day+" "+to)
		if err != nil {
			return nil, err
		}
		if !end.After(start) {
			end = end.AddDate(0, 0, 1)
		}
		out = append(out, Shift{name, start, end})
	}
	return out, nil
}

func nightHours(s Shift) time.Duration {
	var d time.Duration
	for t := s.Start; t.Before(s.End); t = t.Add(15 * time.Minute) {
		if h := t.Hour(); h >= 22 || h < 6 {
			d += 15 * time.Minute
		}
	}
	return d
}

func main() {
	shifts, err := parseShifts(timesheet)
	if err != nil {
		fmt.Println(err)
		return
	}
	type totals struct {
		worked, night time.Duration
		days          map[time.Weekday]bool
	}
	per := map[string]*totals{}
	for _, s := range shifts {
		t := per[s.Worker]
		if t == nil {
			t = &totals{days: map[time.Weekday]bool{}}
			per[s.Worker] = t
		}
		t.worked += s.Duration()
		t.night += nightHours(s)
		t.days[s.Start.Weekday()] = true
	}
	names := make([]string, 0, len(per))
	for n := range per {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool {
		a, b := per[names[i]], per[names[j]]
		if a.worked != b.worked {
			return a.worked > b.worked
		}
		return names[i] < names[j]
	})
	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 3, ' ', 0)
	fmt.Fprintln(tw, "worker\tworked\tnight\tdays\tpay")
	for _, n := range names {
		t := per[n]
		var days []string
		for d := time.Sunday; d <= time.Saturday; d++ {
			if t.days[d] {
				days = append(days, d.String()[:3])
			}
		}
		pay := t.worked.Hours()*18.5 + t.night.Hours()*4.25
		fmt.Fprintf(tw, "%s\t%v\t%v\t%s\t%.2f\n", n, t.worked, t.night, strings.Join(days, "/"), pay)
	}
	tw.Flush()

	week := time.Date(2024, 7, 1, 0, 0, 0, 0, time.UTC)
	_, wk := week.ISOWeek()
	fmt.Printf("ISO week %d, ends %s, %d shifts\n", wk, week.AddDate(0, 0, 6).Format("Mon 02 Jan"), len(shifts))
	longest := shifts[0]
	for _, s := range shifts[1:] {
		if s.Duration() > longest.Duration() {
			longest = s
		}
	}
	fmt.Printf("longest: %s %s -> %s (%.2fh)\n", longest.Worker,
		longest.Start.Format(time.DateTime), longest.End.Format(time.TimeOnly), longest.Duration().Hours())
}
