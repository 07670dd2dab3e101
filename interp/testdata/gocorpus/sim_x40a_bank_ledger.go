package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type AccountID string

type Account struct {
	ID      AccountID
	Owner   string
	Balance int64
	History []Txn
}

type Txn struct {
	Kind   string
	Amount int64
}

type InsufficientFunds struct {
	Need, Have int64
}

func (e *InsufficientFunds) Error() string {
	return fmt.Sprintf("insufficient funds: need %d, have %d", e.Need, e.Have)
}

var ErrNoAccount = errors.New("no such account")

type Bank struct {
	accounts map[AccountID]*Account
}

func (b *Bank) Open(id AccountID, owner string, initial int64) *Account {
	a := &Account{ID: id, Owner: owner}
	b.accounts[id] = a
	if initial > 0 {
		a.deposit(initial)
	}
	return a
}

func (a *Account) deposit(n int64) {
	a.Balance += n
	a.History = append(a.History, Txn{"dep", n})
}

func (a *Account) withdraw(n int64) error {
	if n > a.Balance {
		return &InsufficientFunds{n, a.Balance}
	}
	a.Balance -= n
	a.History = append(a.History, Txn{"wd", n})
	return nil
}

func (b *Bank) Transfer(from, to AccountID, n int64) error {
	src, ok := b.accounts[from]
	if !ok {
		return fmt.Errorf("transfer from %s: %w", from, ErrNoAccount)
	}
	dst, ok := b.accounts[to]
	if !ok {
		return fmt.Errorf("transfer to %s: %w", to, ErrNoAccount)
	}
	if err := src.withdraw(n); err != nil {
		return fmt.Errorf("transfer %s->%s: %w", from, to, err)
	}
	dst.deposit(n)
	return nil
}

func (b *Bank) Report() string {
	ids := make([]string, 0, len(b.accounts))
	for id := range b.accounts {
		ids = append(ids, string(id))
	}
	sort.Strings(ids)
	var sb strings.Builder
	for _, id := range ids {
		a := b.accounts[AccountID(id)]
		fmt.Fprintf(&sb, "%-4s %-6s %6d %v\n", a.ID, a.Owner, a.Balance, a.History)
	}
	return sb.String()
}

func main() {
	bank := &Bank{accounts: map[AccountID]*Account{}}
	bank.Open("a1", "alice", 100)
	bank.Open("b2", "bob", 20)
	bank.Open("c3", "carol", 0)

	transfers := []struct {
		from, to AccountID
		amt      int64
	}{
		{"a1", "b2", 30}, {"b2", "c3", 60}, {"c3", "a1", 0}, {"a1", "zz", 1}, {"b2", "c3", 50},
	}
	for _, t := range transfers {
		err := bank.Transfer(t.from, t.to, t.amt)
		var insuf *InsufficientFunds
		switch {
		case err == nil:
			fmt.Printf("ok   %s->%s %d\n", t.from, t.to, t.amt)
		case errors.Is(err, ErrNoAccount):
			fmt.Println("missing:", err)
		case errors.As(err, &insuf):
			fmt.Println("short by", insuf.Need-insuf.Have, "-", err)
		}
	}
	fmt.Print(bank.Report())
	fmt.Printf("%+v\n", *bank.accounts["c3"])
}
