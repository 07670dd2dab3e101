package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

var ErrInsufficient = errors.New("insufficient funds")

type Account struct {
	mu      sync.Mutex
	ID      string
	balance int64
	history []string
}

func (a *Account) Deposit(amount int64) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.balance += amount
}

func (a *Account) Withdraw(amount int64) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if amount > a.balance {
		return fmt.Errorf("withdraw %d from %s: %w", amount, a.ID, ErrInsufficient)
	}
	a.balance -= amount
	return nil
}

func (a *Account) Balance() int64 {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.balance
}

type Bank struct {
	mu       sync.RWMutex
	accounts map[string]*Account
}

func (b *Bank) Open(id string, initial int64) *Account {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.accounts == nil {
		b.accounts = make(map[string]*Account)
	}
	acc := &Account{ID: id, balance: initial}
	b.accounts[id] = acc
	return acc
}

func (b *Bank) Transfer(from, to string, amount int64) error {
	b.mu.RLock()
	src, dst := b.accounts[from], b.accounts[to]
	b.mu.RUnlock()
	if src == nil || dst == nil {
		return fmt.Errorf("transfer: unknown account")
	}
	if err := src.Withdraw(amount); err != nil {
		return err
	}
	dst.Deposit(amount)
	return nil
}

func (b *Bank) Total() (sum int64) {
	b.mu.RLock()
	defer b.mu.RUnlock()
	for _, a := range b.accounts {
		sum += a.Balance()
	}
	return
}

func main() {
	bank := &Bank{}
	bank.Open("alice", 1000)
	bank.Open("bob", 500)
	bank.Open("carol", 100)

	var wg sync.WaitGroup
	var failures sync.Map
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			var err error
			switch i % 3 {
			case 0:
				err = bank.Transfer("alice", "bob", 10)
			case 1:
				err = bank.Transfer("bob", "carol", 5)
			case 2:
				err = bank.Transfer("carol", "alice", 1)
			}
			if err != nil {
				failures.Store(i, err)
			}
		}(i)
	}
	wg.Wait()
	fmt.Println("total preserved:", bank.Total() == 1600, bank.Total())

	err := bank.Transfer("carol", "alice", 1_000_000)
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrInsufficient))
	fmt.Println(bank.Transfer("dave", "alice", 1))

	ids := make([]string, 0)
	for id := range bank.accounts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		a := bank.accounts[id]
		fmt.Printf("%-6s %5d\n", a.ID, a.Balance())
	}
	n := 0
	failures.Range(func(k, v any) bool { n++; return true })
	fmt.Println("failures:", n)
}
