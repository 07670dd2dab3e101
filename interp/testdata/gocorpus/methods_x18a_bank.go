package main

import (
	"errors"
	"fmt"
)

var ErrInsufficient = errors.New("insufficient funds")

type Account struct {
	Owner   string
	balance float64
	history []string
}

func NewAccount(owner string, initial float64) *Account {
	a := &Account{Owner: owner}
	a.Deposit(initial)
	return a
}

func (a *Account) Deposit(amt float64) {
	a.balance += amt
	a.history = append(a.history, fmt.Sprintf("deposit %.2f", amt))
}

func (a *Account) Withdraw(amt float64) error {
	if amt > a.balance {
		return fmt.Errorf("withdraw %.2f from %s: %w", amt, a.Owner, ErrInsufficient)
	}
	a.balance -= amt
	a.history = append(a.history, fmt.Sprintf("withdraw %.2f", amt))
	return nil
}

func (a *Account) Balance() float64 { return a.balance }

func (a Account) String() string {
	return fmt.Sprintf("%s: $%.2f (%d ops)", a.Owner, a.balance, len(a.history))
}

func Transfer(from, to *Account, amt float64) error {
	if err := from.Withdraw(amt); err != nil {
		return fmt.Errorf("transfer failed: %w", err)
	}
	to.Deposit(amt)
	return nil
}

func main() {
	alice := NewAccount("Alice", 100)
	bob := NewAccount("Bob", 50)
	fmt.Println(alice, bob)
	if err := Transfer(alice, bob, 30); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Println(alice, bob)
	err := Transfer(bob, alice, 500)
	fmt.Println("error:", err)
	fmt.Println("is insufficient:", errors.Is(err, ErrInsufficient))
	for i, h := range alice.history {
		fmt.Printf("%d. %s\n", i+1, h)
	}
	fmt.Printf("%v\n", *bob)
	fmt.Printf("total: %.2f\n", alice.Balance()+bob.Balance())
}
