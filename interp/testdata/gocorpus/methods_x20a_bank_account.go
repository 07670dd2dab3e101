package main

import (
	"errors"
	"fmt"
)

var ErrInsufficient = errors.New("insufficient funds")

type Account struct {
	Owner   string
	balance int64 // cents
	history []string
}

func NewAccount(owner string, initial int64) *Account {
	a := &Account{Owner: owner}
	a.Deposit(initial)
	return a
}

func (a *Account) Deposit(c int64) {
	if c <= 0 {
		return
	}
	a.balance += c
	a.history = append(a.history, fmt.Sprintf("+%s", money(c)))
}

func (a *Account) Withdraw(c int64) error {
	if c > a.balance {
		return fmt.Errorf("withdraw %s from %s: %w", money(c), a.Owner, ErrInsufficient)
	}
	a.balance -= c
	a.history = append(a.history, fmt.Sprintf("-%s", money(c)))
	return nil
}

func (a *Account) Transfer(to *Account, c int64) error {
	if err := a.Withdraw(c); err != nil {
		return fmt.Errorf("transfer failed: %w", err)
	}
	to.Deposit(c)
	return nil
}

func (a Account) Balance() int64 { return a.balance }

func (a *Account) String() string {
	return fmt.Sprintf("%s: %s (%d ops)", a.Owner, money(a.balance), len(a.history))
}

type money int64

func (m money) String() string {
	sign := ""
	if m < 0 {
		sign = "-"
		m = -m
	}
	return fmt.Sprintf("%s$%d.%02d", sign, m/100, m%100)
}

func main() {
	alice := NewAccount("Alice", 10000)
	bob := NewAccount("Bob", 2550)
	fmt.Println(alice, bob)
	alice.Withdraw(1999)
	if err := bob.Withdraw(5000); err != nil {
		fmt.Println("error:", err, errors.Is(err, ErrInsufficient))
	}
	if err := alice.Transfer(bob, 3000); err != nil {
		fmt.Println(err)
	}
	err := bob.Transfer(alice, 100000)
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrInsufficient), errors.Unwrap(errors.Unwrap(err)) == ErrInsufficient)
	fmt.Println(alice)
	fmt.Println(bob)
	fmt.Println(alice.history, bob.history)
	fmt.Println(money(alice.Balance()+bob.Balance()), money(-5))
	accts := []*Account{alice, bob}
	var total money
	for _, a := range accts {
		total += money(a.Balance())
	}
	fmt.Printf("%v %s %d\n", total, total, total)
}
