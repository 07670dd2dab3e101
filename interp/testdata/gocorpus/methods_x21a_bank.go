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

type Ledger struct {
	entries []string
}

func (l *Ledger) Record(format string, args ...any) {
	l.entries = append(l.entries, fmt.Sprintf(format, args...))
}

type Account struct {
	*Ledger
	ID      string
	balance Cents
}

func (a *Account) Balance() Cents { return a.balance }

func (a *Account) Deposit(c Cents) {
	a.balance += c
	a.Record("%s deposit %v", a.ID, c)
}

type InsufficientFunds struct {
	Need, Have Cents
}

func (e *InsufficientFunds) Error() string {
	return fmt.Sprintf("insufficient funds: need %v, have %v", e.Need, e.Have)
}

func (a *Account) Withdraw(c Cents) error {
	if c > a.balance {
		return &InsufficientFunds{c, a.balance}
	}
	a.balance -= c
	a.Record("%s withdraw %v", a.ID, c)
	return nil
}

type Overdraft struct {
	Account
	Limit Cents
}

func (o *Overdraft) Withdraw(c Cents) error {
	if c > o.balance+o.Limit {
		return &InsufficientFunds{c, o.balance + o.Limit}
	}
	o.balance -= c
	o.Record("%s withdraw %v (overdraft)", o.ID, c)
	return nil
}

type Withdrawer interface {
	Withdraw(Cents) error
	Balance() Cents
}

var ErrSame = errors.New("same account")

func Transfer(from, to Withdrawer, dep interface{ Deposit(Cents) }, amt Cents) error {
	if any(from) == any(to) {
		return ErrSame
	}
	if err := from.Withdraw(amt); err != nil {
		return fmt.Errorf("transfer %v: %w", amt, err)
	}
	dep.Deposit(amt)
	return nil
}

func main() {
	led := &Ledger{}
	alice := &Account{Ledger: led, ID: "alice"}
	bob := &Overdraft{Account: Account{Ledger: led, ID: "bob"}, Limit: 5000}
	alice.Deposit(10000)
	bob.Deposit(1234)
	errs := []error{
		Transfer(alice, bob, bob, 2550),
		Transfer(bob, alice, alice, 8000),
		Transfer(bob, alice, alice, 1),
		Transfer(alice, alice, alice, 1),
		Transfer(alice, bob, bob, 99999),
	}
	for i, err := range errs {
		var inf *InsufficientFunds
		if errors.As(err, &inf) {
			fmt.Printf("%d: %v [short by %v]\n", i, err, inf.Need-inf.Have)
		} else {
			fmt.Printf("%d: %v same=%t\n", i, err, errors.Is(err, ErrSame))
		}
	}
	accts := map[string]Withdrawer{"alice": alice, "bob": bob}
	names := make([]string, 0)
	for n := range accts {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Printf("%-6s %8v\n", n, accts[n].Balance())
	}
	fmt.Println(strings.Join(led.entries, "\n"))
	fmt.Println(len(alice.entries) == len(bob.entries), bob.Account.Balance(), Cents(-5))
}
