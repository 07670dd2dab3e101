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
	Balance int
}

type Bank struct {
	accounts map[string]*Account
}

func (b *Bank) Transfer(from, to string, amount int) error {
	a, c := b.accounts[from], b.accounts[to]
	if a == nil || c == nil {
		return fmt.Errorf("transfer %s->%s: unknown account", from, to)
	}
	first, second := a, c
	if first.ID > second.ID {
		first, second = second, first
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	second.mu.Lock()
	defer second.mu.Unlock()
	if a.Balance < amount {
		return fmt.Errorf("transfer %d from %s: %w", amount, from, ErrInsufficient)
	}
	a.Balance -= amount
	c.Balance += amount
	return nil
}

func (b *Bank) Total() int {
	t := 0
	for _, a := range b.accounts {
		a.mu.Lock()
		t += a.Balance
		a.mu.Unlock()
	}
	return t
}

func main() {
	bank := &Bank{accounts: map[string]*Account{}}
	for _, id := range []string{"alice", "bob", "carol", "dave"} {
		bank.accounts[id] = &Account{ID: id, Balance: 1000}
	}
	ids := []string{"alice", "bob", "carol", "dave"}

	var wg sync.WaitGroup
	for i := 0; i < 200; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			from := ids[i%4]
			to := ids[(i+1)%4]
			_ = bank.Transfer(from, to, 5)
			_ = bank.Transfer(to, from, 5)
		}(i)
	}
	wg.Wait()
	fmt.Println("total after round trips:", bank.Total())

	keys := make([]string, 0)
	for k := range bank.accounts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%-6s %d\n", k, bank.accounts[k].Balance)
	}

	err := bank.Transfer("alice", "bob", 5000)
	fmt.Println(err, errors.Is(err, ErrInsufficient))
	fmt.Println(bank.Transfer("alice", "zed", 1))
}
