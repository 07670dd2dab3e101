package main

import (
	"errors"
	"fmt"
	"strings"
)

var ErrInsufficientFunds = errors.New("insufficient funds")

type InvalidAmountError struct {
	Amount float64
}

func (e *InvalidAmountError) Error() string {
	return fmt.Sprintf("invalid amount: %.2f", e.Amount)
}

type Transaction struct {
	Kind   string
	Amount float64
}

type Account struct {
	Owner   string
	Number  string
	balance float64
	history []Transaction
}

func NewAccount(owner, number string) *Account {
	return &Account{Owner: owner, Number: number}
}

func (a *Account) Deposit(amount float64) error {
	if amount <= 0 {
		return &InvalidAmountError{amount}
	}
	a.balance += amount
	a.history = append(a.history, Transaction{"deposit", amount})
	return nil
}

func (a *Account) Withdraw(amount float64) error {
	if amount <= 0 {
		return &InvalidAmountError{amount}
	}
	if amount > a.balance {
		return fmt.Errorf("withdraw %.2f from %s: %w", amount, a.Number, ErrInsufficientFunds)
	}
	a.balance -= amount
	a.history = append(a.history, Transaction{"withdraw", amount})
	return nil
}

func (a *Account) Balance() float64 { return a.balance }

func (a Account) String() string {
	return fmt.Sprintf("%s [%s] balance: $%.2f", a.Owner, a.Number, a.balance)
}

func Transfer(from, to *Account, amount float64) error {
	if err := from.Withdraw(amount); err != nil {
		return fmt.Errorf("transfer failed: %w", err)
	}
	return to.Deposit(amount)
}

func main() {
	alice := NewAccount("Alice", "ACC-001")
	bob := NewAccount("Bob", "ACC-002")

	fmt.Println(alice.Deposit(100))
	fmt.Println(bob.Deposit(50))

	errs := []error{
		alice.Withdraw(30),
		alice.Withdraw(500),
		bob.Deposit(-5),
		Transfer(bob, alice, 75),
		Transfer(alice, bob, 70),
	}
	for i, err := range errs {
		var inv *InvalidAmountError
		switch {
		case err == nil:
			fmt.Printf("op %d: ok\n", i)
		case errors.Is(err, ErrInsufficientFunds):
			fmt.Printf("op %d: not enough money: %v\n", i, err)
		case errors.As(err, &inv):
			fmt.Printf("op %d: bad amount %v (%T)\n", i, inv.Amount, err)
		default:
			fmt.Printf("op %d: %v\n", i, err)
		}
	}
	fmt.Println(alice)
	fmt.Println(*bob)
	for _, acc := range []*Account{alice, bob} {
		var parts []string
		for _, t := range acc.history {
			parts = append(parts, fmt.Sprintf("%s:%.0f", t.Kind, t.Amount))
		}
		fmt.Printf("%-6s %s\n", acc.Owner, strings.Join(parts, ", "))
	}
	fmt.Printf("%+v\n", alice.history[0])
}
