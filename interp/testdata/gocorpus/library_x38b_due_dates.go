package main

import (
	"fmt"
	"sort"
	"time"
)

type Loan struct {
	Title    string
	Member   string
	Borrowed time.Time
	Returned *time.Time
}

type Policy struct {
	Period     time.Duration
	FinePerDay float64
	MaxFine    float64
}

func (p Policy) Due(l Loan) time.Time { return l.Borrowed.Add(p.Period) }

func (p Policy) Fine(l Loan, today time.Time) float64 {
	end := today
	if l.Returned != nil {
		end = *l.Returned
	}
	late := end.Sub(p.Due(l))
	if late <= 0 {
		return 0
	}
	days := int((late + 24*time.Hour - 1) / (24 * time.Hour))
	return min(float64(days)*p.FinePerDay, p.MaxFine)
}

type Fines map[string]float64

func (f Fines) String() string {
	keys := make([]string, 0, len(f))
	for k := range f {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	s := ""
	for i, k := range keys {
		if i > 0 {
			s += ", "
		}
		s += fmt.Sprintf("%s=%.2f", k, f[k])
	}
	return "{" + s + "}"
}

func date(m time.Month, d, h int) time.Time {
	return time.Date(2024, m, d, h, 0, 0, 0, time.UTC)
}

func ptr[T any](v T) *T { return &v }

func main() {
	policy := Policy{Period: 14 * 24 * time.Hour, FinePerDay: 0.25, MaxFine: 5}
	today := date(time.April, 20, 12)
	loans := []Loan{
		{"Beloved", "ana", date(time.March, 1, 10), ptr(date(time.March, 14, 9))},
		{"Ulysses", "ana", date(time.March, 25, 16), nil},
		{"Emma", "raj", date(time.April, 1, 11), ptr(date(time.April, 16, 10))},
		{"Hamlet", "raj", date(time.January, 5, 9), nil},
		{"Walden", "sue", date(time.April, 10, 15), nil},
	}
	fines := Fines{}
	for _, l := range loans {
		due := policy.Due(l)
		status := "on loan"
		if l.Returned != nil {
			status = "returned " + l.Returned.Format("Jan _2")
		}
		f := policy.Fine(l, today)
		fines[l.Member] += f
		fmt.Printf("%-8s %-4s due %s (%s) %-16s fine $%.2f\n", l.Title, l.Member,
			due.Format("Mon Jan _2"), due.Weekday().String()[:3], status, f)
	}
	fmt.Println("fines:", fines)
	overdue := []Loan{}
	for _, l := range loans {
		if l.Returned == nil && today.After(policy.Due(l)) {
			overdue = append(overdue, l)
		}
	}
	sort.Slice(overdue, func(i, j int) bool { return overdue[i].Borrowed.Before(overdue[j].Borrowed) })
	for _, l := range overdue {
		fmt.Printf("OVERDUE %s by %v\n", l.Title, today.Sub(policy.Due(l)).Round(time.Hour))
	}
	fmt.Println(policy.Period, time.Duration(90)*time.Minute, today.YearDay(), today.AddDate(0, 1, 15).Format(time.DateOnly))
	d, err := time.ParseDuration("36h15m")
	fmt.Println(d, err, d.Hours())
	_, err = time.Parse("2006-01-02", "2024-13-01")
	fmt.Println(err != nil)
}
