package main

import (
	"errors"
	"fmt"
	"math/bits"
	"strconv"
	"strings"
	"time"
)

type field struct {
	name     string
	min, max int
	names    map[string]int
}

var fields = []field{
	{name: "minute", min: 0, max: 59},
	{name: "hour", min: 0, max: 23},
	{name: "day-of-month", min: 1, max: 31},
	{name: "month", min: 1, max: 12, names: map[string]int{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12}},
	{name: "day-of-week", min: 0, max: 6, names: map[string]int{"sun": 0, "mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6}},
}

type Schedule struct {
	sets [5]uint64
}

type ParseError struct {
	Field string
	Part  string
	Err   error
}

func (e *ParseError) Error() string {
	return fmt.Sprintf("cron: %s %q: %v", e.Field, e.Part, e.Err)
}

func (e *ParseError) Unwrap() error { return e.Err }

var ErrRange = errors.New("value out of range")

func (f field) value(s string) (int, error) {
	if v, ok := f.names[strings.ToLower(s)]; ok {
		return v, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, err
	}
	if n < f.min || n > f.max {
		return 0, ErrRange
	}
	return n, nil
}

func (f field) parse(expr string) (uint64, error) {
	var set uint64
	for _, part := range strings.Split(expr, ",") {
		rng, stepStr, hasStep := strings.Cut(part, "/")
		step := 1
		if hasStep {
			var err error
			if step, err = strconv.Atoi(stepStr); err != nil || step <= 0 {
				return 0, &ParseError{f.name, part, fmt.Errorf("bad step %q", stepStr)}
			}
		}
		lo, hi := f.min, f.max
		if rng != "*" {
			a, b, isRange := strings.Cut(rng, "-")
			var err error
			if lo, err = f.value(a); err != nil {
				return 0, &ParseError{f.name, part, err}
			}
			hi = lo
			if isRange {
				if hi, err = f.value(b); err != nil {
					return 0, &ParseError{f.name, part, err}
				}
			} else if hasStep {
				hi = f.max
			}
		}
		for v := lo; v <= hi; v += step {
			set |= 1 << uint(v)
		}
	}
	return set, nil
}

func Parse(spec string) (*Schedule, error) {
	parts := strings.Fields(spec)
	if len(parts) != 5 {
		return nil, fmt.Errorf("cron: expected 5 fields, got %d", len(parts))
	}
	var s Schedule
	for i, f := range fields {
		set, err := f.parse(parts[i])
		if err != nil {
			return nil, err
		}
		s.sets[i] = set
	}
	return &s, nil
}

func has(set uint64, v int) bool { return set&(1<<uint(v)) != 0 }

func (s *Schedule) Next(t time.Time) time.Time {
	t = t.Truncate(time.Minute).Add(time.Minute)
	limit := t.AddDate(5, 0, 0)
	for t.Before(limit) {
		if !has(s.sets[3], int(t.Month())) {
			t = time.Date(t.Year(), t.Month()+1, 1, 0, 0, 0, 0, t.Location())
			continue
		}
		if !has(s.sets[2], t.Day()) || !has(s.sets[4], int(t.Weekday())) {
			t = time.Date(t.Year(), t.Month(), t.Day()+1, 0, 0, 0, 0, t.Location())
			continue
		}
		if !has(s.sets[1], t.Hour()) {
			t = t.Truncate(time.Hour).Add(time.Hour)
			continue
		}
		if !has(s.sets[0], t.Minute()) {
			t = t.Add(time.Minute)
			continue
		}
		return t
	}
	return time.Time{}
}

func main() {
	start := time.Date(2024, time.February, 27, 22, 47, 0, 0, time.UTC)
	for _, spec := range []string{"*/15 * * * *", "0 9-17/4 * * mon-fri", "30 0 1 jan,jul *", "0 0 29 feb *", "5 4 * * sun"} {
		s, err := Parse(spec)
		if err != nil {
			fmt.Println(err)
			continue
		}
		counts := make([]int, 5)
		for i, set := range s.sets {
			counts[i] = bits.OnesCount64(set)
		}
		t := start
		fmt.Printf("%-22s sizes=%v next:", spec, counts)
		for range 3 {
			t = s.Next(t)
			fmt.Print(" ", t.Format("Mon Jan 2 15:04"))
		}
		fmt.Println()
	}
	for _, bad := range []string{"60 * * * *", "* * * foo *", "*/0 * * * *", "* * *"} {
		_, err := Parse(bad)
		var pe *ParseError
		fmt.Printf("%-12q -> %v (ParseError=%t range=%t)\n", bad, err, errors.As(err, &pe), errors.Is(err, ErrRange))
	}
}
