package main

import (
	"errors"
	"fmt"
	"sort"
	"time"
)

type Member struct {
	ID    int
	Name  string
	Loans []*Loan
}

type Loan struct {
	ISBN     string
	Borrowed time.Time
	Due      time.Time
	Returned *time.Time
}

func (l *Loan) Overdue(now time.Time) bool {
	return l.Returned == nil && now.After(l.Due)
}

func (l *Loan) Fine(now time.Time) float64 {
	end := now
	if l.Returned != nil {
		end = *l.Returned
	}
	late := end.Sub(l.Due)
	if late <= 0 {
		return 0
	}
	days := int(late.Hours() / 24)
	return float64(days) * 0.25
}

var ErrLimit = errors.New("loan limit reached")

const maxLoans = 2

func (m *Member) Borrow(isbn string, at time.Time) (*Loan, error) {
	active := 0
	for _, l := range m.Loans {
		if l.Returned == nil {
			active++
		}
	}
	if active >= maxLoans {
		return nil, fmt.Errorf("%s borrowing %s: %w", m.Name, isbn, ErrLimit)
	}
	l := &Loan{ISBN: isbn, Borrowed: at, Due: at.AddDate(0, 0, 14)}
	m.Loans = append(m.Loans, l)
	return l, nil
}

func (m *Member) Return(isbn string, at time.Time) bool {
	for _, l := range m.Loans {
		if l.ISBN == isbn && l.Returned == nil {
			l.Returned = &at
			return true
		}
	}
	return false
}

func main() {
	start := time.Date(2024, time.March, 1, 10, 0, 0, 0, time.UTC)
	day := func(n int) time.Time { return start.AddDate(0, 0, n) }
	members := []*Member{{ID: 1, Name: "Ann"}, {ID: 2, Name: "Ben"}}

	ann, ben := members[0], members[1]
	for _, isbn := range []string{"111", "222", "333"} {
		if _, err := ann.Borrow(isbn, day(0)); err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrLimit))
		}
	}
	l, _ := ben.Borrow("444", day(3))
	fmt.Println("ben due:", l.Due.Format("2006-01-02 Mon"), l.Due.Weekday(), l.Due.YearDay())
	fmt.Println(ann.Return("111", day(10)), ann.Return("111", day(11)), ann.Return("999", day(11)))
	ann.Return("222", day(20))
	ann.Borrow("333", day(21))

	now := day(40)
	fmt.Println("report on", now.Format(time.RFC3339), now.Format("Jan 2, 2006"))
	for _, m := range members {
		sort.Slice(m.Loans, func(i, j int) bool { return m.Loans[i].ISBN < m.Loans[j].ISBN })
		total := 0.0
		for _, l := range m.Loans {
			state := "out"
			if l.Returned != nil {
				state = "returned " + l.Returned.Format("01/02")
			}
			f := l.Fine(now)
			total += f
			fmt.Printf("  %-3s %s %-16s overdue=%-5t fine=$%.2f\n", m.Name, l.ISBN, state, l.Overdue(now), f)
		}
		fmt.Printf("  %s owes $%.2f\n", m.Name, total)
	}
	d := day(20).Sub(day(0)) + 90*time.Minute
	fmt.Println(d, d.Round(time.Hour), d.Truncate(24*time.Hour).Hours(), time.Duration(2500)*time.Microsecond)
	fmt.Println(day(0).Before(day(1)), day(5).Equal(start.Add(5*24*time.Hour)), start.Month(), int(start.Month()))
}
