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

func (a *Account) Deposit(amount float64) error {
	if amount <= 0 {
		return fmt.Errorf("invalid deposit amount %.2f", amount)
	}
	a.balance += amount
	a.history = append(a.history, fmt.Sprintf("+%.2f", amount))
	return nil
}

func (a *Account) Withdraw(amount float64) error {
	if amount > a.balance {
		return fmt.Errorf("withdraw %.2f from %s: %w", amount, a.Owner, ErrInsufficient)
	}
	a.balance -= amount
	a.history = append(a.history, fmt.Sprintf("-%.2f", amount))
	return nil
}

func (a Account) Balance() float64 { return a.balance }

type SavingsAccount struct {
	Account
	Rate float64
}

func (s *SavingsAccount) AddInterest() {
	interest := s.balance * s.Rate
	s.Deposit(interest)
}

func transfer(from, to *Account, amt float64) error {
	if err := from.Withdraw(amt); err != nil {
		return fmt.Errorf("transfer failed: %w", err)
	}
	return to.Deposit(amt)
}

func main() {
	alice := &Account{Owner: "Alice"}
	bob := &Account{Owner: "Bob"}
	alice.Deposit(100)
	if err := alice.Deposit(-5); err != nil {
		fmt.Println(err)
	}
	if err := transfer(alice, bob, 30); err != nil {
		fmt.Println(err)
	}
	err := transfer(bob, alice, 50)
	fmt.Println(err, errors.Is(err, ErrInsufficient))
	fmt.Printf("%s: %.2f %v\n", alice.Owner, alice.Balance(), alice.history)
	fmt.Printf("%s: %.2f %v\n", bob.Owner, bob.Balance(), bob.history)

	sav := &SavingsAccount{Account{Owner: "Carol"}, 0.05}
	sav.Deposit(1000)
	for year := 1; year <= 3; year++ {
		sav.AddInterest()
		fmt.Printf("year %d: %10.4f\n", year, sav.Balance())
	}
	fmt.Println(sav.history)
	fmt.Printf("%+v\n", *bob)
}
