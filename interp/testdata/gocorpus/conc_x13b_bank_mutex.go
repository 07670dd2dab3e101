package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type Account struct {
	mu      sync.Mutex
	ID      string
	balance int
}

var ErrFunds = errors.New("insufficient funds")

type Bank struct {
	accounts map[string]*Account
	txCount  atomic.Int64
	failed   atomic.Int32
}

func (b *Bank) Transfer(from, to string, amt int) error {
	a, c := b.accounts[from], b.accounts[to]
	first, second := a, c
	if first.ID > second.ID {
		first, second = second, first
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	second.mu.Lock()
	defer second.mu.Unlock()
	if a.balance < amt {
		b.failed.Add(1)
		return fmt.Errorf("%s->%s %d: %w", from, to, amt, ErrFunds)
	}
	a.balance -= amt
	c.balance += amt
	b.txCount.Add(1)
	return nil
}

func (b *Bank) Total() int {
	t := 0
	for _, a := range b.accounts {
		a.mu.Lock()
		t += a.balance
		a.mu.Unlock()
	}
	return t
}

func main() {
	b := &Bank{accounts: map[string]*Account{}}
	for _, id := range []string{"alice", "bob", "carol", "dave"} {
		b.accounts[id] = &Account{ID: id, balance: 1000}
	}
	ids := []string{"alice", "bob", "carol", "dave"}
	var wg sync.WaitGroup
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 250; i++ {
				from := ids[(w+i)%4]
				to := ids[(w+i+1+w%3)%4]
				if from == to {
					continue
				}
				_ = b.Transfer(from, to, 3)
			}
		}(w)
	}
	wg.Wait()
	fmt.Println("total:", b.Total())
	fmt.Println("tx+failed:", b.txCount.Load()+int64(b.failed.Load()))
	err := b.Transfer("alice", "bob", 1_000_000)
	fmt.Println(err, errors.Is(err, ErrFunds))
	names := make([]string, 0)
	for n := range b.accounts {
		names = append(names, n)
	}
	sort.Strings(names)
	sum := 0
	for _, n := range names {
		sum += b.accounts[n].balance
	}
	fmt.Println(len(names), sum)
	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("init once", i) })
	}
}
