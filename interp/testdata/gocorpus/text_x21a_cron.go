package main

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

type Field struct {
	Name     string
	Min, Max int
}

var fields = []Field{{"minute", 0, 59}, {"hour", 0, 23}, {"dom", 1, 31}, {"month", 1, 12}, {"dow", 0, 6}}

type Schedule [5][]int

type FieldError struct {
	Field string
	Expr  string
	Err   error
}

func (e *FieldError) Error() string { return fmt.Sprintf("%s %q: %v", e.Field, e.Expr, e.Err) }
func (e *FieldError) Unwrap() error { return e.Err }

var ErrRange = errors.New("out of range")

func parseField(expr string, f Field) ([]int, error) {
	set := map[int]struct{}{}
	for _, part := range strings.Split(expr, ",") {
		step := 1
		if base, s, ok := strings.Cut(part, "/"); ok {
			n, err := strconv.Atoi(s)
			if err != nil || n <= 0 {
				return nil, fmt.Errorf("bad step %q", s)
			}
			step, part = n, base
		}
		lo, hi := f.Min, f.Max
		if part != "*" {
			a, b, isRange := strings.Cut(part, "-")
			var err error
			if lo, err = strconv.Atoi(a); err != nil {
				return nil, err
			}
			hi = lo
			if isRange {
				if hi, err = strconv.Atoi(b); err != nil {
					return nil, err
				}
			}
		}
		if lo < f.Min || hi > f.Max || lo > hi {
			return nil, fmt.Errorf("%d-%d: %w [%d,%d]", lo, hi, ErrRange, f.Min, f.Max)
		}
		for v := lo; v <= hi; v += step {
			set[v] = struct{}{}
		}
	}
	out := make([]int, 0, len(set))
	for v := range set {
		out = append(out, v)
	}
	slices.Sort(out)
	return out, nil
}

func Parse(spec string) (Schedule, error) {
	var s Schedule
	parts := strings.Fields(spec)
	if len(parts) != 5 {
		return s, fmt.Errorf("want 5 fields, got %d", len(parts))
	}
	var errs []error
	for i, p := range parts {
		vals, err := parseField(p, fields[i])
		if err != nil {
			errs = append(errs, &FieldError{fields[i].Name, p, err})
		}
		s[i] = vals
	}
	return s, errors.Join(errs...)
}

// Next finds the next (month, day, hour, minute) in a 30-day-month toy calendar where day 1 is a Monday.
func (s Schedule) Next(month, day, hour, min int, n int) []string {
	var out []string
	for len(out) < n && month <= 12 {
		dow := ((month-1)*30 + day) % 7
		if slices.Contains(s[3], month) && slices.Contains(s[2], day) && slices.Contains(s[4], dow) &&
			slices.Contains(s[1], hour) && slices.Contains(s[0], min) {
			out = append(out, fmt.Sprintf("%02d-%02d %02d:%02d", month, day, hour, min))
		}
		if min++; min == 60 {
			min, hour = 0, hour+1
		}
		if hour == 24 {
			hour, day = 0, day+1
		}
		if day == 31 {
			day, month = 1, month+1
		}
	}
	return out
}

func main() {
	for _, spec := range []string{"*/15 9-10 * * 1-5", "0 0 1,15 * *", "30 4 * 2 0", "61 * * * *", "* 25 0 * *", "*/0 * * * *", "* * *"} {
		s, err := Parse(spec)
		if err != nil {
			var fe *FieldError
			fmt.Printf("%-20s error: %v | range=%t field=%t\n", spec, strings.ReplaceAll(err.Error(), "\n", "; "), errors.Is(err, ErrRange), errors.As(err, &fe))
			continue
		}
		fmt.Printf("%-20s %v\n", spec, s.Next(1, 1, 0, 0, 4))
	}
}
