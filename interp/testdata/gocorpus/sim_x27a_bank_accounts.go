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

func (a *Account) Deposit(n int64) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.balance += n
}

func (a *Account) Withdraw(n int64) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if n > a.balance {
		return fmt.Errorf("withdraw %d from %s: %w", n, a.ID, ErrInsufficient)
	}
	a.balance -= n
	return nil
}

func (a *Account) Balance() int64 {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.balance
}

type Bank struct {
	accounts map[string]*Account
}

func (b *Bank) Transfer(from, to string, amt int64) error {
	src, dst := b.accounts[from], b.accounts[to]
	if src == nil || dst == nil {
		return errors.New("no such account")
	}
	first, second := src, dst
	if first.ID > second.ID {
		first, second = second, first
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	second.mu.Lock()
	defer second.mu.Unlock()
	if src.balance < amt {
		return ErrInsufficient
	}
	src.balance -= amt
	dst.balance += amt
	return nil
}

func main() {
	bank := &Bank{accounts: map[string]*Account{}}
	for _, id := range []string{"alice", "bob", "carol"} {
		bank.accounts[id] = &Account{ID: id, balance: 1000}
	}
	var wg sync.WaitGroup
	var failMu sync.Mutex
	fails := 0
	names := []string{"alice", "bob", "carol"}
	for i := range 300 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			from, to := names[i%3], names[(i+1)%3]
			if err := bank.Transfer(from, to, int64(i%7)); err != nil {
				failMu.Lock()
				fails++
				failMu.Unlock()
			}
		}()
	}
	wg.Wait()
	var total int64
	ids := make([]string, 0)
	for id := range bank.accounts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		total += bank.accounts[id].Balance()
	}
	fmt.Println("total conserved:", total, "fails:", fails)

	a := &Account{ID: "dave"}
	a.Deposit(50)
	err := a.Withdraw(80)
	fmt.Println(err, errors.Is(err, ErrInsufficient), a.Balance())
	fmt.Println(bank.Transfer("alice", "zed", 1))
}
