package main

import (
	"errors"
	"fmt"
)

var ErrInsufficientFunds = errors.New("insufficient funds")

type InvalidAmountError struct {
	Amount float64
}

func (e *InvalidAmountError) Error() string {
	return fmt.Sprintf("invalid amount: %.2f", e.Amount)
}

type Account struct {
	Owner   string
	Number  int
	balance float64
	history []string
}

func NewAccount(owner string, number int) *Account {
	return &Account{Owner: owner, Number: number}
}

func (a *Account) Deposit(amount float64) error {
	if amount <= 0 {
		return &InvalidAmountError{Amount: amount}
	}
	a.balance += amount
	a.history = append(a.history, fmt.Sprintf("deposit %.2f", amount))
	return nil
}

func (a *Account) Withdraw(amount float64) error {
	if amount <= 0 {
		return &InvalidAmountError{Amount: amount}
	}
	if amount > a.balance {
		return fmt.Errorf("withdraw %.2f from #%d: %w", amount, a.Number, ErrInsufficientFunds)
	}
	a.balance -= amount
	a.history = append(a.history, fmt.Sprintf("withdraw %.2f", amount))
	return nil
}

func (a *Account) Balance() float64 { return a.balance }

func (a Account) String() string {
	return fmt.Sprintf("Account #%d (%s): $%.2f", a.Number, a.Owner, a.balance)
}

func Transfer(from, to *Account, amount float64) error {
	if err := from.Withdraw(amount); err != nil {
		return fmt.Errorf("transfer failed: %w", err)
	}
	if err := to.Deposit(amount); err != nil {
		// put the money back
		from.balance += amount
		return fmt.Errorf("transfer failed: %w", err)
	}
	return nil
}

type SavingsAccount struct {
	*Account
	Rate float64
}

func (s *SavingsAccount) AddInterest() {
	interest := s.Balance() * s.Rate
	s.Deposit(interest)
}

func main() {
	alice := NewAccount("Alice", 1001)
	bob := NewAccount("Bob", 1002)

	alice.Deposit(500)
	bob.Deposit(50)

	fmt.Println(alice)
	fmt.Println(bob)

	if err := bob.Withdraw(100); err != nil {
		fmt.Println("Error:", err)
		if errors.Is(err, ErrInsufficientFunds) {
			fmt.Println("  -> Bob needs more money")
		}
	}

	err := alice.Deposit(-20)
	var invalid *InvalidAmountError
	if errors.As(err, &invalid) {
		fmt.Printf("  -> bad amount was %v\n", invalid.Amount)
	}

	if err := Transfer(alice, bob, 125.50); err != nil {
		fmt.Println(err)
	}
	if err := Transfer(bob, alice, 1000); err != nil {
		fmt.Println(err)
		fmt.Println("is insufficient:", errors.Is(err, ErrInsufficientFunds))
	}

	savings := &SavingsAccount{Account: NewAccount("Carol", 2001), Rate: 0.05}
	savings.Deposit(1000)
	for year := 1; year <= 3; year++ {
		savings.AddInterest()
		fmt.Printf("Year %d: %.2f\n", year, savings.Balance())
	}
	fmt.Println(savings)

	for _, acc := range []*Account{alice, bob, savings.Account} {
		fmt.Printf("%s history:\n", acc.Owner)
		for i, h := range acc.history {
			fmt.Printf("  %d. %s\n", i+1, h)
		}
	}
}
