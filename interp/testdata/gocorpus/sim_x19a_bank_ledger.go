package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Cents int64

func (c Cents) String() string {
	sign := ""
	if c < 0 {
		sign, c = "-", -c
	}
	return fmt.Sprintf("%s$%d.%02d", sign, c/100, c%100)
}

type Entry struct {
	Account string
	Amount  Cents
}

type Txn struct {
	ID      int
	Memo    string
	Entries []Entry
}

var ErrUnbalanced = errors.New("unbalanced transaction")

type Ledger struct {
	txns     []Txn
	balances map[string]Cents
	limits   map[string]Cents
}

type LimitError struct {
	Account string
	Would   Cents
}

func (e LimitError) Error() string { return fmt.Sprintf("%s would go to %v", e.Account, e.Would) }

func (l *Ledger) Post(memo string, entries ...Entry) error {
	var sum Cents
	for _, e := range entries {
		sum += e.Amount
	}
	if sum != 0 {
		return fmt.Errorf("post %q: off by %v: %w", memo, sum, ErrUnbalanced)
	}
	next := map[string]Cents{}
	for _, e := range entries {
		next[e.Account] = l.balances[e.Account] + next[e.Account] + e.Amount - l.balances[e.Account]*0
	}
	for _, e := range entries {
		nb := l.balances[e.Account] + e.Amount
		if lim, ok := l.limits[e.Account]; ok && nb < lim {
			return fmt.Errorf("post %q: %w", memo, LimitError{e.Account, nb})
		}
	}
	for _, e := range entries {
		l.balances[e.Account] += e.Amount
	}
	l.txns = append(l.txns, Txn{len(l.txns) + 1, memo, entries})
	return nil
}

func (l *Ledger) TrialBalance() string {
	names := make([]string, 0, len(l.balances))
	for n := range l.balances {
		names = append(names, n)
	}
	sort.Strings(names)
	var sb strings.Builder
	var total Cents
	for _, n := range names {
		fmt.Fprintf(&sb, "%-16s %12v\n", n, l.balances[n])
		total += l.balances[n]
	}
	fmt.Fprintf(&sb, "%-16s %12v\n", "TOTAL", total)
	return sb.String()
}

func main() {
	l := &Ledger{balances: map[string]Cents{}, limits: map[string]Cents{"assets:cash": 0}}
	errs := []error{
		l.Post("capital", Entry{"assets:cash", 100000}, Entry{"equity:owner", -100000}),
		l.Post("rent", Entry{"expenses:rent", 120050}, Entry{"assets:cash", -120050}),
		l.Post("rent (partial)", Entry{"expenses:rent", 60025}, Entry{"assets:cash", -60025}),
		l.Post("typo", Entry{"expenses:food", 1999}, Entry{"assets:cash", -1998}),
		l.Post("sale", Entry{"assets:cash", 5000}, Entry{"income:sales", -4500}, Entry{"liabilities:tax", -500}),
	}
	for i, err := range errs {
		var le LimitError
		fmt.Printf("%d: %v | unbalanced=%v limit=%v", i, err, errors.Is(err, ErrUnbalanced), errors.As(err, &le))
		if le.Account != "" {
			fmt.Printf(" (%s)", le.Account)
		}
		fmt.Println()
	}
	fmt.Print(l.TrialBalance())
	for _, t := range l.txns {
		fmt.Printf("#%d %s %v\n", t.ID, t.Memo, t.Entries)
	}
}
