package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

var ErrInsufficientFunds = errors.New("insufficient funds")

type Account struct {
	mu      sync.Mutex
	ID      string
	balance int
	history []string
}

func (a *Account) Deposit(amount int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.balance += amount
	a.history = append(a.history, fmt.Sprintf("+%d", amount))
}

func (a *Account) Withdraw(amount int) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if amount > a.balance {
		return fmt.Errorf("withdraw %d from %s (balance %d): %w", amount, a.ID, a.balance, ErrInsufficientFunds)
	}
	a.balance -= amount
	a.history = append(a.history, fmt.Sprintf("-%d", amount))
	return nil
}

func (a *Account) Balance() int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.balance
}

type Bank struct {
	accounts map[string]*Account
}

func (b *Bank) Open(id string, initial int) *Account {
	acc := &Account{ID: id}
	acc.Deposit(initial)
	b.accounts[id] = acc
	return acc
}

func (b *Bank) Transfer(from, to string, amount int) error {
	src, ok := b.accounts[from]
	if !ok {
		return fmt.Errorf("unknown account %q", from)
	}
	dst, ok := b.accounts[to]
	if !ok {
		return fmt.Errorf("unknown account %q", to)
	}
	if err := src.Withdraw(amount); err != nil {
		return fmt.Errorf("transfer failed: %w", err)
	}
	dst.Deposit(amount)
	return nil
}

func (b *Bank) Total() int {
	total := 0
	for _, a := range b.accounts {
		total += a.Balance()
	}
	return total
}

func main() {
	bank := &Bank{accounts: map[string]*Account{}}
	bank.Open("alice", 100)
	bank.Open("bob", 50)
	shared := bank.Open("shared", 0)

	var wg sync.WaitGroup
	for i := 1; i <= 100; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			shared.Deposit(n)
		}(i)
	}
	wg.Wait()
	fmt.Println("shared after 100 concurrent deposits:", shared.Balance())

	transfers := []struct {
		from, to string
		amount   int
	}{
		{"alice", "bob", 30},
		{"bob", "alice", 200},
		{"carol", "bob", 1},
		{"shared", "alice", 5050},
	}
	for _, t := range transfers {
		if err := bank.Transfer(t.from, t.to, t.amount); err != nil {
			fmt.Println("error:", err)
			if errors.Is(err, ErrInsufficientFunds) {
				fmt.Println("  (insufficient funds)")
			}
			continue
		}
		fmt.Printf("moved %d from %s to %s\n", t.amount, t.from, t.to)
	}

	ids := make([]string, 0, len(bank.accounts))
	for id := range bank.accounts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		a := bank.accounts[id]
		h := a.history
		if len(h) > 4 {
			h = []string{h[0], fmt.Sprintf("...%d more...", len(h)-2), h[len(h)-1]}
		}
		fmt.Printf("%-7s %5d %v\n", id, a.Balance(), h)
	}
	fmt.Println("total money:", bank.Total())
}
