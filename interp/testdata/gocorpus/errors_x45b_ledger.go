package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Account string

type Posting struct {
	Account Account
	Debit   int64
	Credit  int64
}

type Entry struct {
	ID       int
	Memo     string
	Postings []Posting
}

type UnbalancedError struct {
	EntryID      int
	Debit, Credi int64
}

func (e *UnbalancedError) Error() string {
	return fmt.Sprintf("entry %d unbalanced: debits %d != credits %d", e.EntryID, e.Debit, e.Credi)
}

var ErrEmpty = errors.New("entry has no postings")

func (e Entry) Validate() error {
	if len(e.Postings) == 0 {
		return fmt.Errorf("entry %d: %w", e.ID, ErrEmpty)
	}
	var d, c int64
	for _, p := range e.Postings {
		d += p.Debit
		c += p.Credit
	}
	if d != c {
		return &UnbalancedError{e.ID, d, c}
	}
	return nil
}

type Ledger struct {
	balances map[Account]int64
	posted   []Entry
}

func (l *Ledger) Post(e Entry) error {
	if err := e.Validate(); err != nil {
		return err
	}
	if l.balances == nil {
		l.balances = make(map[Account]int64)
	}
	for _, p := range e.Postings {
		l.balances[p.Account] += p.Debit - p.Credit
	}
	l.posted = append(l.posted, e)
	return nil
}

func (l *Ledger) TrialBalance() {
	accts := make([]string, 0, len(l.balances))
	for a := range l.balances {
		accts = append(accts, string(a))
	}
	sort.Strings(accts)
	var td, tc int64
	fmt.Printf("%-20s %12s %12s\n", "Account", "Debit", "Credit")
	for _, a := range accts {
		b := l.balances[Account(a)]
		if b >= 0 {
			fmt.Printf("%-20s %12d %12s\n", a, b, "")
			td += b
		} else {
			fmt.Printf("%-20s %12s %12d\n", a, "", -b)
			tc += -b
		}
	}
	fmt.Println(strings.Repeat("-", 46))
	fmt.Printf("%-20s %12d %12d balanced=%t\n", "Totals", td, tc, td == tc)
}

func main() {
	var l Ledger
	entries := []Entry{
		{1, "owner investment", []Posting{{"Cash", 1000000, 0}, {"Equity", 0, 1000000}}},
		{2, "buy equipment", []Posting{{"Equipment", 250000, 0}, {"Cash", 0, 250000}}},
		{3, "bad entry", []Posting{{"Cash", 5000, 0}, {"Revenue", 0, 4000}}},
		{4, "sale on credit", []Posting{{"Receivables", 80000, 0}, {"Revenue", 0, 80000}}},
		{5, "empty", nil},
		{6, "rent", []Posting{{"Rent Expense", 120000, 0}, {"Cash", 0, 120000}}},
	}
	for _, e := range entries {
		if err := l.Post(e); err != nil {
			var ue *UnbalancedError
			switch {
			case errors.As(err, &ue):
				fmt.Printf("rejected #%d (off by %d): %v\n", ue.EntryID, ue.Debit-ue.Credi, err)
			case errors.Is(err, ErrEmpty):
				fmt.Println("rejected empty:", err)
			}
			continue
		}
		fmt.Printf("posted #%d %q\n", e.ID, e.Memo)
	}
	l.TrialBalance()
}
