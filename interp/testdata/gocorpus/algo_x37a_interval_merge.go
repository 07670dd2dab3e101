package main

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

type Interval struct {
	Start, End time.Time
	Who        []string
}

func (iv Interval) String() string {
	return fmt.Sprintf("%s-%s %v", iv.Start.Format("15:04"), iv.End.Format("15:04"), iv.Who)
}

const busy = `alice 09:00 10:30
bob 09:45 11:00
alice 13:00 14:00
carol 10:50 11:15
bob 13:30 13:45
carol 16:00 17:30
dave 12:00 12:30
dave 11:10 11:20`

func parse(day time.Time, s string) []Interval {
	var out []Interval
	for _, line := range strings.Split(s, "\n") {
		f := strings.Fields(line)
		st, _ := time.Parse("15:04", f[1])
		en, _ := time.Parse("15:04", f[2])
		at := func(t time.Time) time.Time {
			return time.Date(day.Year(), day.Month(), day.Day(), t.Hour(), t.Minute(), 0, 0, time.UTC)
		}
		out = append(out, Interval{at(st), at(en), []string{f[0]}})
	}
	return out
}

func merge(ivs []Interval) []Interval {
	ivs = slices.Clone(ivs)
	slices.SortFunc(ivs, func(a, b Interval) int { return a.Start.Compare(b.Start) })
	var out []Interval
	for _, iv := range ivs {
		if n := len(out); n > 0 && !iv.Start.After(out[n-1].End) {
			last := &out[n-1]
			if iv.End.After(last.End) {
				last.End = iv.End
			}
			last.Who = append(last.Who, iv.Who...)
			continue
		}
		out = append(out, Interval{iv.Start, iv.End, slices.Clone(iv.Who)})
	}
	for i := range out {
		slices.Sort(out[i].Who)
		out[i].Who = slices.Compact(out[i].Who)
	}
	return out
}

func gaps(merged []Interval, from, to time.Time, minLen time.Duration) []Interval {
	var out []Interval
	cur := from
	for _, m := range merged {
		if m.Start.Sub(cur) >= minLen {
			out = append(out, Interval{Start: cur, End: m.Start})
		}
		if m.End.After(cur) {
			cur = m.End
		}
	}
	if to.Sub(cur) >= minLen {
		out = append(out, Interval{Start: cur, End: to})
	}
	return out
}

func main() {
	day := time.Date(2024, 9, 16, 0, 0, 0, 0, time.UTC)
	ivs := parse(day, busy)
	merged := merge(ivs)
	fmt.Println("busy blocks on", day.Format("Monday, January 2"))
	var total time.Duration
	for _, m := range merged {
		fmt.Println(" ", m)
		total += m.End.Sub(m.Start)
	}
	fmt.Println("busy total:", total)
	open := gaps(merged, day.Add(8*time.Hour), day.Add(18*time.Hour), 45*time.Minute)
	fmt.Println("free slots >= 45m:")
	for _, g := range open {
		fmt.Printf("  %s (%v)\n", g.String()[:11], g.End.Sub(g.Start))
	}
	longest := slices.MaxFunc(open, func(a, b Interval) int {
		return int(a.End.Sub(a.Start) - b.End.Sub(b.Start))
	})
	fmt.Println("longest:", longest.Start.Format(time.Kitchen), "for", longest.End.Sub(longest.Start))
	fmt.Println("orig first still:", ivs[0])
}
