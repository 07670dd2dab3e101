package main

import (
	"fmt"
	"iter"
	"slices"
	"strings"
)

type Entry struct {
	Date   string
	Payee  string
	Amount int64
}

type Register struct {
	opening int64
	entries []Entry
}

func (r *Register) All() iter.Seq2[int, Entry] {
	return func(yield func(int, Entry) bool) {
		for i, e := range r.entries {
			if !yield(i, e) {
				return
			}
		}
	}
}

// Running yields each entry with the balance after it.
func (r *Register) Running() iter.Seq2[Entry, int64] {
	return func(yield func(Entry, int64) bool) {
		bal := r.opening
		for _, e := range r.entries {
			bal += e.Amount
			if !yield(e, bal) {
				return
			}
		}
	}
}

func Filter[K, V any](seq iter.Seq2[K, V], keep func(K, V) bool) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for k, v := range seq {
			if keep(k, v) && !yield(k, v) {
				return
			}
		}
	}
}

func Months(r *Register) iter.Seq[string] {
	return func(yield func(string) bool) {
		seen := map[string]bool{}
		for _, e := range r.entries {
			m := e.Date[:7]
			if !seen[m] {
				seen[m] = true
				if !yield(m) {
					return
				}
			}
		}
	}
}

func cents(c int64) string {
	s := fmt.Sprintf("%d.%02d", abs(c)/100, abs(c)%100)
	if c < 0 {
		return "(" + s + ")"
	}
	return s
}

func abs(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}

func main() {
	r := &Register{opening: 50000, entries: []Entry{
		{"2024-01-02", "Salary", 420000},
		{"2024-01-05", "Landlord", -175000},
		{"2024-01-19", "Grocer", -12345},
		{"2024-02-01", "Salary", 420000},
		{"2024-02-03", "Landlord", -175000},
		{"2024-02-14", "Florist", -6500},
		{"2024-03-01", "Salary", 420000},
		{"2024-03-09", "Airline", -389900},
	}}
	for e, bal := range r.Running() {
		fmt.Printf("%s  %-10s %12s %12s\n", e.Date, e.Payee, cents(e.Amount), cents(bal))
	}
	fmt.Println(strings.Repeat("-", 50))
	big := Filter(r.All(), func(_ int, e Entry) bool { return abs(e.Amount) > 100000 })
	for i, e := range big {
		fmt.Println("large:", i, e.Payee, cents(e.Amount))
		if i >= 4 {
			break
		}
	}
	fmt.Println("months:", slices.Collect(Months(r)))
	for m := range Months(r) {
		var in, out int64
		for _, e := range r.All() {
			if strings.HasPrefix(e.Date, m) {
				if e.Amount > 0 {
					in += e.Amount
				} else {
					out += e.Amount
				}
			}
		}
		fmt.Printf("%s in=%s out=%s net=%s\n", m, cents(in), cents(out), cents(in+out))
	}
}
