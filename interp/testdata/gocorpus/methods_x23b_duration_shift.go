package main

import (
	"fmt"
	"sort"
	"time"
)

type Shift struct {
	Worker string
	Start  time.Time
	End    time.Time
}

func (s Shift) Len() time.Duration { return s.End.Sub(s.Start) }

func (s Shift) Overlaps(o Shift) bool { return s.Start.Before(o.End) && o.Start.Before(s.End) }

func (s Shift) String() string {
	return fmt.Sprintf("%s %s-%s (%v)", s.Worker, s.Start.Format("Mon 15:04"), s.End.Format("15:04"), s.Len())
}

type Roster []Shift

func (r Roster) Len() int           { return len(r) }
func (r Roster) Less(i, j int) bool { return r[i].Start.Before(r[j].Start) }
func (r Roster) Swap(i, j int)      { r[i], r[j] = r[j], r[i] }

func (r Roster) ByWorker() map[string]time.Duration {
	m := map[string]time.Duration{}
	for _, s := range r {
		m[s.Worker] += s.Len()
	}
	return m
}

func main() {
	loc := time.FixedZone("EST", -5*3600)
	day := time.Date(2024, time.January, 8, 0, 0, 0, 0, loc)
	at := func(d, h, m int) time.Time {
		return day.AddDate(0, 0, d).Add(time.Duration(h)*time.Hour + time.Duration(m)*time.Minute)
	}
	r := Roster{
		{"kim", at(1, 9, 0), at(1, 17, 30)},
		{"lee", at(0, 22, 0), at(1, 6, 0)},
		{"kim", at(0, 8, 15), at(0, 12, 0)},
		{"ray", at(1, 16, 0), at(1, 23, 45)},
		{"lee", at(2, 7, 0), at(2, 15, 20)},
	}
	sort.Sort(r)
	for _, s := range r {
		fmt.Println(s)
	}
	fmt.Println(r.ByWorker())
	for i := range r {
		for j := i + 1; j < len(r); j++ {
			if r[i].Overlaps(r[j]) {
				fmt.Printf("overlap: %s & %s by %v\n", r[i].Worker, r[j].Worker, r[i].End.Sub(r[j].Start))
			}
		}
	}
	var total time.Duration
	for _, d := range r.ByWorker() {
		total += d
	}
	fmt.Printf("total %v = %.2fh, rounded %v, truncated %v\n", total, total.Hours(), total.Round(time.Hour), total.Truncate(time.Hour))
	fmt.Println(r[0].Start.UTC().Format(time.RFC3339), r[len(r)-1].End.Weekday(), r[0].Start.YearDay())
}
