package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type TxKind int

const (
	Deposit TxKind = iota
	Withdrawal
	Transfer
)

func (k TxKind) String() string {
	return [...]string{"DEP", "WDR", "XFR"}[k]
}

type Tx struct {
	ID     int
	Kind   TxKind
	From   string
	To     string
	Amount int
}

type Ledger struct {
	balances map[string]int
	log      []Tx
	failed   []error
	nextID   int
}

var (
	ErrNoAccount = errors.New("no such account")
	ErrFunds     = errors.New("insufficient funds")
)

type TxError struct {
	Tx  Tx
	Err error
}

func (e *TxError) Error() string { return fmt.Sprintf("tx %d (%v): %v", e.Tx.ID, e.Tx.Kind, e.Err) }
func (e *TxError) Unwrap() error { return e.Err }

func NewLedger(accounts ...string) *Ledger {
	l := &Ledger{balances: map[string]int{}}
	for _, a := range accounts {
		l.balances[a] = 0
	}
	return l
}

func (l *Ledger) Apply(t Tx) (err error) {
	l.nextID++
	t.ID = l.nextID
	defer func() {
		if err != nil {
			err = &TxError{t, err}
			l.failed = append(l.failed, err)
		} else {
			l.log = append(l.log, t)
		}
	}()
	check := func(name string) error {
		if _, ok := l.balances[name]; !ok {
			return fmt.Errorf("%q: %w", name, ErrNoAccount)
		}
		return nil
	}
	switch t.Kind {
	case Deposit:
		if err := check(t.To); err != nil {
			return err
		}
		l.balances[t.To] += t.Amount
	case Withdrawal, Transfer:
		if err := check(t.From); err != nil {
			return err
		}
		if t.Kind == Transfer {
			if err := check(t.To); err != nil {
				return err
			}
		}
		if l.balances[t.From] < t.Amount {
			return ErrFunds
		}
		l.balances[t.From] -= t.Amount
		if t.Kind == Transfer {
			l.balances[t.To] += t.Amount
		}
	}
	return nil
}

func main() {
	l := NewLedger("alice", "bob", "carol")
	txs := []Tx{
		{Kind: Deposit, To: "alice", Amount: 500},
		{Kind: Deposit, To: "bob", Amount: 120},
		{Kind: Transfer, From: "alice", To: "carol", Amount: 200},
		{Kind: Withdrawal, From: "bob", Amount: 300},
		{Kind: Transfer, From: "carol", To: "dave", Amount: 10},
		{Kind: Withdrawal, From: "carol", Amount: 50},
		{Kind: Deposit, To: "eve", Amount: 1},
	}
	for _, t := range txs {
		if err := l.Apply(t); err != nil {
			fmt.Println("FAIL", err)
		}
	}
	names := make([]string, 0)
	for n := range l.balances {
		names = append(names, n)
	}
	sort.Strings(names)
	total := 0
	for _, n := range names {
		fmt.Printf("%-6s %5d\n", n, l.balances[n])
		total += l.balances[n]
	}
	fmt.Println("total", total, "ok txs", len(l.log), "failed", len(l.failed))
	var ids []string
	for _, t := range l.log {
		ids = append(ids, fmt.Sprintf("%d%v", t.ID, t.Kind))
	}
	fmt.Println(strings.Join(ids, ","))
	funds, missing := 0, 0
	for _, e := range l.failed {
		var te *TxError
		if errors.As(e, &te) && errors.Is(e, ErrFunds) {
			funds++
		}
		if errors.Is(e, ErrNoAccount) {
			missing++
		}
	}
	fmt.Println("funds", funds, "missing", missing)
}
