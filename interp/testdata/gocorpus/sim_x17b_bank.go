package main

import (
	"errors"
	"fmt"
	"sort"
)

var ErrInsufficient = errors.New("insufficient funds")

type Account struct {
	ID      string
	Balance int
	History []Txn
}

type Txn struct {
	Kind   string
	Amount int
}

func (t Txn) String() string { return fmt.Sprintf("%s(%d)", t.Kind, t.Amount) }

type Bank struct {
	accounts map[string]*Account
}

type TransferError struct {
	From, To string
	Err      error
}

func (e *TransferError) Error() string {
	return fmt.Sprintf("transfer %s->%s: %v", e.From, e.To, e.Err)
}
func (e *TransferError) Unwrap() error { return e.Err }

func (b *Bank) Open(id string, initial int) *Account {
	a := &Account{ID: id, Balance: initial}
	a.History = append(a.History, Txn{"open", initial})
	if b.accounts == nil {
		b.accounts = make(map[string]*Account)
	}
	b.accounts[id] = a
	return a
}

func (a *Account) Withdraw(n int) error {
	if n > a.Balance {
		return fmt.Errorf("withdraw %d from %s (balance %d): %w", n, a.ID, a.Balance, ErrInsufficient)
	}
	a.Balance -= n
	a.History = append(a.History, Txn{"out", n})
	return nil
}

func (a *Account) Deposit(n int) {
	a.Balance += n
	a.History = append(a.History, Txn{"in", n})
}

func (b *Bank) Transfer(from, to string, n int) (err error) {
	defer func() {
		if err != nil {
			err = &TransferError{from, to, err}
		}
	}()
	src, ok := b.accounts[from]
	if !ok {
		return fmt.Errorf("no account %q", from)
	}
	dst, ok := b.accounts[to]
	if !ok {
		return fmt.Errorf("no account %q", to)
	}
	if err := src.Withdraw(n); err != nil {
		return err
	}
	dst.Deposit(n)
	return nil
}

func main() {
	var bank Bank
	bank.Open("alice", 100)
	bank.Open("bob", 50)
	steps := []struct {
		from, to string
		n        int
	}{{"alice", "bob", 30}, {"bob", "alice", 100}, {"carol", "bob", 1}, {"bob", "alice", 80}}
	for _, s := range steps {
		err := bank.Transfer(s.from, s.to, s.n)
		var te *TransferError
		fmt.Printf("%-5s->%-5s %3d: err=%v insufficient=%t typed=%t\n", s.from, s.to, s.n, err,
			errors.Is(err, ErrInsufficient), errors.As(err, &te))
	}
	ids := make([]string, 0)
	for id := range bank.accounts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		a := bank.accounts[id]
		fmt.Println(id, a.Balance, a.History)
	}
	fmt.Printf("%+v\n", *bank.accounts["bob"])
}
