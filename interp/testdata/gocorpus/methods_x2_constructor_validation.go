// Exercises: a constructor returning (*T, error) and methods that enforce invariants.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Account struct {
	id      string
	owner   string
	balance int64
	history []string
}

func NewAccount(id, owner string, initial int64) (*Account, error) {
	if !strings.HasPrefix(id, "AC-") {
		return nil, fmt.Errorf("bad id %q", id)
	}
	if initial < 0 {
		return nil, errors.New("negative initial balance")
	}
	return &Account{id: id, owner: owner, balance: initial}, nil
}

func (a *Account) Deposit(n int64) error {
	if n <= 0 {
		return fmt.Errorf("deposit %d: amount must be positive", n)
	}
	a.balance += n
	a.history = append(a.history, fmt.Sprintf("+%d", n))
	return nil
}

func (a *Account) Transfer(to *Account, n int64) error {
	if n > a.balance {
		return fmt.Errorf("transfer %d from %s: only %d available", n, a.id, a.balance)
	}
	a.balance -= n
	to.balance += n
	a.history = append(a.history, fmt.Sprintf("->%s %d", to.id, n))
	to.history = append(to.history, fmt.Sprintf("<-%s %d", a.id, n))
	return nil
}

func (a *Account) String() string {
	return fmt.Sprintf("%s(%s) %d %v", a.id, a.owner, a.balance, a.history)
}

func main() {
	_, err := NewAccount("X-1", "eve", 10)
	fmt.Println(err)
	_, err = NewAccount("AC-0", "eve", -5)
	fmt.Println(err)
	a, _ := NewAccount("AC-1", "ann", 100)
	b, _ := NewAccount("AC-2", "bob", 0)
	fmt.Println(a.Deposit(50), a.Deposit(-1))
	fmt.Println(a.Transfer(b, 120), a.Transfer(b, 100))
	fmt.Println(a)
	fmt.Println(b)
}
