package main

import (
	"errors"
	"fmt"
)

var ErrInsufficientFunds = errors.New("insufficient funds")

type Account struct {
	Owner   string
	Balance float64
	history []string
}

func NewAccount(owner string, initial float64) *Account {
	a := &Account{Owner: owner}
	a.Deposit(initial)
	return a
}

func (a *Account) Deposit(amount float64) {
	a.Balance += amount
	a.history = append(a.history, fmt.Sprintf("deposit %.2f", amount))
}

func (a *Account) Withdraw(amount float64) error {
	if amount > a.Balance {
		return fmt.Errorf("withdraw %.2f from %s: %w", amount, a.Owner, ErrInsufficientFunds)
	}
	a.Balance -= amount
	a.history = append(a.history, fmt.Sprintf("withdraw %.2f", amount))
	return nil
}

func (a Account) String() string {
	return fmt.Sprintf("Account(%s, %.2f)", a.Owner, a.Balance)
}

type SavingsAccount struct {
	Account
	Rate float64
}

func (s *SavingsAccount) AddInterest() {
	interest := s.Balance * s.Rate
	s.Deposit(interest)
}

func main() {
	alice := NewAccount("Alice", 100)
	bob := &SavingsAccount{Account: *NewAccount("Bob", 50), Rate: 0.05}

	if err := alice.Withdraw(30); err != nil {
		fmt.Println(err)
	}
	if err := alice.Withdraw(500); err != nil {
		fmt.Println("error:", err)
		fmt.Println("is insufficient:", errors.Is(err, ErrInsufficientFunds))
	}
	bob.AddInterest()
	bob.AddInterest()
	fmt.Println(alice)
	fmt.Println(bob)
	fmt.Println(bob.Account)
	fmt.Printf("%v\n", *alice)
	fmt.Printf("%+v\n", bob.Rate)
	for i, h := range alice.history {
		fmt.Println(i, h)
	}
	fmt.Println(bob.history)
}
