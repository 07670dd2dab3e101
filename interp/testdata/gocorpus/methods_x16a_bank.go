package main

import (
	"errors"
	"fmt"
	"sort"
)

var ErrInsufficient = errors.New("insufficient funds")

type Account struct {
	id      string
	owner   string
	balance int
	history []string
}

func NewAccount(id, owner string, initial int) *Account {
	a := &Account{id: id, owner: owner}
	a.Deposit(initial)
	return a
}

func (a *Account) Balance() int  { return a.balance }
func (a *Account) Owner() string { return a.owner }
func (a *Account) SetOwner(o string) {
	a.history = append(a.history, fmt.Sprintf("owner %s->%s", a.owner, o))
	a.owner = o
}

func (a *Account) Deposit(n int) {
	a.balance += n
	a.history = append(a.history, fmt.Sprintf("deposit %d", n))
}

func (a *Account) Withdraw(n int) error {
	if n > a.balance {
		return fmt.Errorf("withdraw %d from %s: %w", n, a.id, ErrInsufficient)
	}
	a.balance -= n
	a.history = append(a.history, fmt.Sprintf("withdraw %d", n))
	return nil
}

type Bank struct {
	accounts map[string]*Account
}

func (b *Bank) Open(id, owner string, init int) *Account {
	if b.accounts == nil {
		b.accounts = map[string]*Account{}
	}
	acc := NewAccount(id, owner, init)
	b.accounts[id] = acc
	return acc
}

func (b *Bank) Transfer(from, to string, n int) error {
	src, ok := b.accounts[from]
	if !ok {
		return fmt.Errorf("no account %q", from)
	}
	dst, ok := b.accounts[to]
	if !ok {
		return fmt.Errorf("no account %q", to)
	}
	if err := src.Withdraw(n); err != nil {
		return fmt.Errorf("transfer failed: %w", err)
	}
	dst.Deposit(n)
	return nil
}

func main() {
	var bank Bank
	bank.Open("A1", "alice", 100)
	bank.Open("B2", "bob", 50)
	for _, t := range []struct {
		from, to string
		amt      int
	}{{"A1", "B2", 30}, {"B2", "A1", 200}, {"A1", "Z9", 1}, {"B2", "A1", 80}} {
		if err := bank.Transfer(t.from, t.to, t.amt); err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrInsufficient))
		}
	}
	bank.accounts["A1"].SetOwner("alicia")
	ids := make([]string, 0)
	for id := range bank.accounts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		a := bank.accounts[id]
		fmt.Printf("%s %-7s %5d %v\n", id, a.Owner(), a.Balance(), a.history)
	}
}
