package main

import (
	"errors"
	"fmt"
	"sort"
)

var ErrInsufficientFunds = errors.New("insufficient funds")

type AccountError struct {
	ID  string
	Err error
}

func (e *AccountError) Error() string {
	return fmt.Sprintf("account %s: %v", e.ID, e.Err)
}

func (e *AccountError) Unwrap() error { return e.Err }

type Account struct {
	ID      string
	Owner   string
	Balance float64
	History []string
}

func (a *Account) Deposit(amount float64) error {
	if amount <= 0 {
		return &AccountError{a.ID, fmt.Errorf("invalid amount %.2f", amount)}
	}
	a.Balance += amount
	a.History = append(a.History, fmt.Sprintf("deposit %.2f", amount))
	return nil
}

func (a *Account) Withdraw(amount float64) error {
	if amount > a.Balance {
		return &AccountError{a.ID, ErrInsufficientFunds}
	}
	a.Balance -= amount
	a.History = append(a.History, fmt.Sprintf("withdraw %.2f", amount))
	return nil
}

type Bank struct {
	Name     string
	accounts map[string]*Account
}

func NewBank(name string) *Bank {
	return &Bank{Name: name, accounts: make(map[string]*Account)}
}

func (b *Bank) Open(id, owner string, initial float64) *Account {
	acc := &Account{ID: id, Owner: owner}
	if initial > 0 {
		acc.Deposit(initial)
	}
	b.accounts[id] = acc
	return acc
}

func (b *Bank) Transfer(from, to string, amount float64) error {
	src, ok := b.accounts[from]
	if !ok {
		return fmt.Errorf("transfer: unknown account %q", from)
	}
	dst, ok := b.accounts[to]
	if !ok {
		return fmt.Errorf("transfer: unknown account %q", to)
	}
	if err := src.Withdraw(amount); err != nil {
		return fmt.Errorf("transfer failed: %w", err)
	}
	return dst.Deposit(amount)
}

func (b *Bank) Report() {
	ids := make([]string, 0, len(b.accounts))
	for id := range b.accounts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	fmt.Printf("=== %s ===\n", b.Name)
	total := 0.0
	for _, id := range ids {
		a := b.accounts[id]
		fmt.Printf("%-6s %-8s %10.2f\n", a.ID, a.Owner, a.Balance)
		total += a.Balance
	}
	fmt.Printf("%-15s %10.2f\n", "TOTAL", total)
}

func main() {
	bank := NewBank("First Go Bank")
	bank.Open("A001", "Alice", 500)
	bank.Open("A002", "Bob", 120.5)
	bank.Open("A003", "Carol", 0)

	errs := []error{
		bank.Transfer("A001", "A002", 200),
		bank.Transfer("A002", "A003", 1000),
		bank.Transfer("A009", "A001", 5),
		bank.accounts["A003"].Deposit(-3),
	}
	for i, err := range errs {
		if err == nil {
			fmt.Println(i, "ok")
			continue
		}
		fmt.Println(i, "error:", err)
		if errors.Is(err, ErrInsufficientFunds) {
			fmt.Println("   -> insufficient funds detected")
		}
		var ae *AccountError
		if errors.As(err, &ae) {
			fmt.Printf("   -> account error on %s\n", ae.ID)
		}
	}
	bank.Report()
	for _, h := range bank.accounts["A002"].History {
		fmt.Println("A002:", h)
	}
}
