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

type Account struct {
	id      string
	owner   string
	balance float64
	history []string
}

func NewAccount(id, owner string, initial float64) *Account {
	a := &Account{id: id, owner: owner}
	a.balance = initial
	a.history = append(a.history, fmt.Sprintf("open %.2f", initial))
	return a
}

func (a *Account) GetID() string        { return a.id }
func (a *Account) GetOwner() string     { return a.owner }
func (a *Account) SetOwner(o string)    { a.owner = o }
func (a *Account) GetBalance() float64  { return a.balance }
func (a *Account) GetHistory() []string { return a.history }

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
		return fmt.Errorf("withdraw %.2f from %s: %w", amount, a.id, ErrInsufficientFunds)
	}
	a.balance -= amount
	a.history = append(a.history, fmt.Sprintf("withdraw %.2f", amount))
	return nil
}

func (a *Account) String() string {
	return fmt.Sprintf("Account[%s, owner=%s, balance=%.2f]", a.id, a.owner, a.balance)
}

type Bank struct {
	accounts map[string]*Account
	order    []string
}

func NewBank() *Bank {
	return &Bank{accounts: make(map[string]*Account)}
}

func (b *Bank) Open(owner string, initial float64) *Account {
	id := fmt.Sprintf("ACC-%03d", len(b.order)+1)
	acc := NewAccount(id, owner, initial)
	b.accounts[id] = acc
	b.order = append(b.order, id)
	return acc
}

func (b *Bank) Transfer(from, to string, amount float64) (err error) {
	src, ok := b.accounts[from]
	if !ok {
		return fmt.Errorf("no account %q", from)
	}
	dst, ok := b.accounts[to]
	if !ok {
		return fmt.Errorf("no account %q", to)
	}
	if err := src.Withdraw(amount); err != nil {
		return fmt.Errorf("transfer failed: %w", err)
	}
	return dst.Deposit(amount)
}

func main() {
	bank := NewBank()
	alice := bank.Open("Alice", 100)
	bob := bank.Open("Bob", 50)
	fmt.Println(alice)
	fmt.Println(bob.String())

	errs := []error{
		alice.Deposit(25.5),
		alice.Deposit(-3),
		bob.Withdraw(80),
		bank.Transfer(alice.GetID(), bob.GetID(), 60),
		bank.Transfer("ACC-009", bob.GetID(), 1),
		bank.Transfer(bob.GetID(), alice.GetID(), 500),
	}
	for i, err := range errs {
		var inv *InvalidAmountError
		switch {
		case err == nil:
			fmt.Printf("%d: ok\n", i)
		case errors.As(err, &inv):
			fmt.Printf("%d: invalid (%v) amount=%v\n", i, err, inv.Amount)
		case errors.Is(err, ErrInsufficientFunds):
			fmt.Printf("%d: insufficient: %v\n", i, err)
		default:
			fmt.Printf("%d: other: %v\n", i, err)
		}
	}
	bob.SetOwner("Robert")
	for _, id := range bank.order {
		acc := bank.accounts[id]
		fmt.Printf("%v | %s\n", acc, strings.Join(acc.GetHistory(), "; "))
	}
	fmt.Printf("%T %T\n", alice, errs[1])
}
