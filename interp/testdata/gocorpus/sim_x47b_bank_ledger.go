package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Cents int64

func (c Cents) String() string {
	sign := ""
	if c < 0 {
		sign = "-"
		c = -c
	}
	return fmt.Sprintf("%s$%d.%02d", sign, c/100, c%100)
}

func ParseCents(s string) (Cents, error) {
	whole, frac, hasFrac := strings.Cut(s, ".")
	w, err := strconv.ParseInt(whole, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("parse %q: %w", s, err)
	}
	var f int64
	if hasFrac {
		if len(frac) != 2 {
			return 0, fmt.Errorf("parse %q: need two decimals", s)
		}
		if f, err = strconv.ParseInt(frac, 10, 64); err != nil {
			return 0, fmt.Errorf("parse %q: %w", s, err)
		}
	}
	if strings.HasPrefix(whole, "-") {
		f = -f
	}
	return Cents(w*100 + f), nil
}

type Entry struct {
	Account string
	Amount  Cents
	Memo    string
}

type Ledger struct {
	entries  []Entry
	balances map[string]Cents
}

var ErrOverdraft = errors.New("overdraft")

func (l *Ledger) Post(acct, amt, memo string) error {
	a, err := ParseCents(amt)
	if err != nil {
		return err
	}
	if l.balances == nil {
		l.balances = map[string]Cents{}
	}
	if nb := l.balances[acct] + a; nb < 0 && acct != "equity" {
		return fmt.Errorf("%s %v on %v: %w", acct, a, l.balances[acct], ErrOverdraft)
	}
	l.balances[acct] += a
	l.entries = append(l.entries, Entry{acct, a, memo})
	return nil
}

func main() {
	var l Ledger
	ops := [][3]string{
		{"cash", "100.00", "deposit"},
		{"cash", "-25.50", "groceries"},
		{"savings", "40", "transfer"},
		{"cash", "-80.00", "rent"},
		{"cash", "1.5", "typo"},
		{"cash", "x.10", "garbage"},
		{"equity", "-140.00", "opening"},
		{"savings", "0.99", "interest"},
	}
	for _, op := range ops {
		if err := l.Post(op[0], op[1], op[2]); err != nil {
			fmt.Println("rejected:", err, "| overdraft:", errors.Is(err, ErrOverdraft))
		}
	}
	names := make([]string, 0)
	for n := range l.balances {
		names = append(names, n)
	}
	sort.Strings(names)
	var total Cents
	for _, n := range names {
		fmt.Printf("%-8s %10v\n", n, l.balances[n])
		total += l.balances[n]
	}
	fmt.Println("total", total, len(l.entries), "entries")
	fmt.Printf("%v %d %+v\n", Cents(-5), Cents(1234), l.entries[1])
}
