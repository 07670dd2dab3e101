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
	balance int
	history []string
}

func (a *Account) Deposit(n int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.balance += n
}

func (a *Account) Withdraw(n int) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if n > a.balance {
		return fmt.Errorf("withdraw %d from %s: %w", n, a.ID, ErrInsufficient)
	}
	a.balance -= n
	return nil
}

type Bank struct {
	accounts map[string]*Account
	mu       sync.Mutex
	failed   int
}

func (b *Bank) Transfer(from, to string, n int) error {
	src, dst := b.accounts[from], b.accounts[to]
	if err := src.Withdraw(n); err != nil {
		b.mu.Lock()
		b.failed++
		b.mu.Unlock()
		return err
	}
	dst.Deposit(n)
	return nil
}

func main() {
	b := &Bank{accounts: map[string]*Account{}}
	for _, id := range []string{"alice", "bob", "carol"} {
		b.accounts[id] = &Account{ID: id, balance: 1000}
	}
	var wg sync.WaitGroup
	for i := 0; i < 300; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			ids := []string{"alice", "bob", "carol"}
			b.Transfer(ids[i%3], ids[(i+1)%3], 10)
		}(i)
	}
	wg.Wait()
	total := 0
	ids := make([]string, 0)
	for id := range b.accounts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		a := b.accounts[id]
		fmt.Printf("%-6s %5d\n", id, a.balance)
		total += a.balance
	}
	fmt.Println("total", total, "failed", b.failed)
	err := b.Transfer("bob", "alice", 5000)
	fmt.Println(err, errors.Is(err, ErrInsufficient), b.failed)

	results := make(chan string, 3)
	var wg2 sync.WaitGroup
	for _, id := range ids {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			a := b.accounts[id]
			err := a.Withdraw(600)
			results <- fmt.Sprintf("%s:%v", id, err == nil)
		}()
	}
	wg2.Wait()
	close(results)
	var out []string
	for r := range results {
		out = append(out, r)
	}
	sort.Strings(out)
	fmt.Println(out)
}
