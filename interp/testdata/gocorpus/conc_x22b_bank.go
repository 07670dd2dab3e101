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

var ErrInsufficient = errors.New("insufficient funds")

type Bank struct {
	accounts map[string]*Account
	txCount  atomic.Int64
	failed   atomic.Int32
}

func (b *Bank) Transfer(from, to string, amt int) error {
	a, c := b.accounts[from], b.accounts[to]
	first, second := a, c
	if a.ID > c.ID {
		first, second = c, a
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	second.mu.Lock()
	defer second.mu.Unlock()
	if a.balance < amt {
		b.failed.Add(1)
		return fmt.Errorf("%s->%s %d: %w", from, to, amt, ErrInsufficient)
	}
	a.balance -= amt
	c.balance += amt
	b.txCount.Add(1)
	return nil
}

func main() {
	b := &Bank{accounts: map[string]*Account{}}
	names := []string{"alice", "bob", "carol", "dave"}
	for _, n := range names {
		b.accounts[n] = &Account{ID: n, balance: 1000}
	}
	var wg sync.WaitGroup
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 250; i++ {
				from := names[(w+i)%4]
				to := names[(w+i+1+i%3)%4]
				if from == to {
					continue
				}
				b.Transfer(from, to, 1+(i%5))
			}
		}(w)
	}
	wg.Wait()
	total := 0
	for _, n := range names {
		total += b.accounts[n].balance
	}
	fmt.Println("total preserved:", total == 4000, "tx+failed:", b.txCount.Load()+int64(b.failed.Load()))

	b.accounts["alice"].balance = 5
	err := b.Transfer("alice", "bob", 10)
	fmt.Println(err, errors.Is(err, ErrInsufficient))

	results := make([]string, 5)
	var wg2 sync.WaitGroup
	for i := range results {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			results[i] = fmt.Sprintf("job%d=%d", i, i*i)
		}()
	}
	wg2.Wait()
	fmt.Println(results)

	var counter int64
	var wg3 sync.WaitGroup
	for range 50 {
		wg3.Add(1)
		go func() {
			defer wg3.Done()
			atomic.AddInt64(&counter, 2)
		}()
	}
	wg3.Wait()
	fmt.Println(atomic.LoadInt64(&counter))

	var m sync.Map
	var wg4 sync.WaitGroup
	for i := range 10 {
		wg4.Add(1)
		go func() { defer wg4.Done(); m.Store(i%4, i%4*10) }()
	}
	wg4.Wait()
	var keys []int
	m.Range(func(k, v any) bool { keys = append(keys, k.(int)+v.(int)); return true })
	sort.Ints(keys)
	fmt.Println(keys)
}
