package main

import (
	"fmt"
	"slices"
	"time"
)

type Booking struct {
	Room  string
	Start time.Time
	End   time.Time
	Guest string
}

type Span struct{ Start, End time.Time }

func merge(spans []Span) []Span {
	if len(spans) == 0 {
		return nil
	}
	s := slices.Clone(spans)
	slices.SortFunc(s, func(a, b Span) int { return a.Start.Compare(b.Start) })
	out := []Span{s[0]}
	for _, x := range s[1:] {
		last := &out[len(out)-1]
		if !x.Start.After(last.End) {
			if x.End.After(last.End) {
				last.End = x.End
			}
			continue
		}
		out = append(out, x)
	}
	return out
}

func free(busy []Span, from, to time.Time) []Span {
	var out []Span
	cur := from
	for _, b := range merge(busy) {
		if b.Start.After(cur) {
			out = append(out, Span{cur, b.Start})
		}
		if b.End.After(cur) {
			cur = b.End
		}
	}
	if cur.Before(to) {
		out = append(out, Span{cur, to})
	}
	return out
}

func main() {
	d := func(day, h int) time.Time { return time.Date(2024, 7, day, h, 0, 0, 0, time.UTC) }
	bookings := []Booking{
		{"101", d(1, 14), d(3, 11), "Ng"},
		{"101", d(3, 14), d(5, 11), "Ortiz"},
		{"102", d(2, 14), d(4, 11), "Park"},
		{"101", d(4, 14), d(6, 11), "Quinn"},
		{"102", d(4, 11), d(7, 11), "Ruiz"},
	}
	byRoom := map[string][]Span{}
	for _, b := range bookings {
		byRoom[b.Room] = append(byRoom[b.Room], Span{b.Start, b.End})
	}
	for _, room := range []string{"101", "102", "103"} {
		m := merge(byRoom[room])
		fmt.Println("room", room, "busy blocks:", len(m))
		for _, s := range m {
			fmt.Printf("  busy %s -> %s (%v)\n", s.Start.Format("Jan 2 15h"), s.End.Format("Jan 2 15h"), s.End.Sub(s.Start))
		}
		for _, f := range free(byRoom[room], d(1, 0), d(8, 0)) {
			fmt.Printf("  free %s -> %s nights=%d\n", f.Start.Format("02 15h"), f.End.Format("02 15h"), int(f.End.Sub(f.Start).Hours()/24))
		}
	}
	fmt.Println(slices.IndexFunc(bookings, func(b Booking) bool { return b.Start.Equal(d(4, 11)) }))
}
