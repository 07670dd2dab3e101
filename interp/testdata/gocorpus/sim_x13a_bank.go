package main

import (
	"errors"
	"fmt"
	"sort"
)

var (
	ErrInsufficient = errors.New("insufficient funds")
	ErrNoAccount    = errors.New("no such account")
)

type TxError struct {
	Op     string
	Amount int
	Err    error
}

func (e *TxError) Error() string {
	return fmt.Sprintf("%s of %d failed: %v", e.Op, e.Amount, e.Err)
}

func (e *TxError) Unwrap() error { return e.Err }

type Account struct {
	ID      string
	Owner   string
	Balance int
	History []string
}

type Bank struct {
	accounts map[string]*Account
}

func NewBank() *Bank { return &Bank{accounts: map[string]*Account{}} }

func (b *Bank) Open(id, owner string, initial int) {
	b.accounts[id] = &Account{ID: id, Owner: owner, Balance: initial}
}

func (b *Bank) get(id string) (*Account, error) {
	a, ok := b.accounts[id]
	if !ok {
		return nil, fmt.Errorf("account %q: %w", id, ErrNoAccount)
	}
	return a, nil
}

func (b *Bank) Withdraw(id string, amt int) error {
	a, err := b.get(id)
	if err != nil {
		return &TxError{"withdraw", amt, err}
	}
	if a.Balance < amt {
		return &TxError{"withdraw", amt, ErrInsufficient}
	}
	a.Balance -= amt
	a.History = append(a.History, fmt.Sprintf("-%d", amt))
	return nil
}

func (b *Bank) Deposit(id string, amt int) error {
	a, err := b.get(id)
	if err != nil {
		return &TxError{"deposit", amt, err}
	}
	a.Balance += amt
	a.History = append(a.History, fmt.Sprintf("+%d", amt))
	return nil
}

func (b *Bank) Transfer(from, to string, amt int) error {
	if err := b.Withdraw(from, amt); err != nil {
		return fmt.Errorf("transfer %s->%s: %w", from, to, err)
	}
	if err := b.Deposit(to, amt); err != nil {
		_ = b.Deposit(from, amt) // roll back
		return fmt.Errorf("transfer %s->%s: %w", from, to, err)
	}
	return nil
}

func main() {
	bank := NewBank()
	bank.Open("A1", "alice", 100)
	bank.Open("B2", "bob", 50)
	ops := []struct {
		from, to string
		amt      int
	}{{"A1", "B2", 30}, {"B2", "A1", 200}, {"A1", "Z9", 10}, {"B2", "A1", 80}}
	for _, op := range ops {
		err := bank.Transfer(op.from, op.to, op.amt)
		var te *TxError
		switch {
		case err == nil:
			fmt.Println("ok:", op.from, "->", op.to, op.amt)
		case errors.Is(err, ErrInsufficient):
			fmt.Println("declined:", err)
		case errors.As(err, &te) && errors.Is(te, ErrNoAccount):
			fmt.Println("bad account in", te.Op, ":", err)
		default:
			fmt.Println("other:", err)
		}
	}
	ids := make([]string, 0, len(bank.accounts))
	for id := range bank.accounts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		a := bank.accounts[id]
		fmt.Printf("%s %-6s %4d %v\n", a.ID, a.Owner, a.Balance, a.History)
	}
	fmt.Println(len(bank.accounts["A1"].History))
}
