package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

type Payment struct {
	ID     int
	From   string
	To     string
	Amount int64
}

type Result struct {
	ID  int
	Err error
	Fee int64
}

var ErrInsufficient = errors.New("insufficient funds")

type Bank struct {
	mu       sync.Mutex
	balances map[string]int64
	fees     int64
}

func (b *Bank) Transfer(p Payment) (int64, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	fee := p.Amount / 100
	if fee < 25 {
		fee = 25
	}
	if b.balances[p.From] < p.Amount+fee {
		return 0, fmt.Errorf("payment %d from %s: %w", p.ID, p.From, ErrInsufficient)
	}
	b.balances[p.From] -= p.Amount + fee
	b.balances[p.To] += p.Amount
	b.fees += fee
	return fee, nil
}

func main() {
	bank := &Bank{balances: map[string]int64{"alice": 50000, "bob": 20000, "carol": 5000}}
	var payments []Payment
	names := []string{"alice", "bob", "carol"}
	for i := 0; i < 30; i++ {
		payments = append(payments, Payment{i, names[i%3], names[(i+1)%3], int64(100 + i*37)})
	}
	jobs := make(chan Payment)
	results := make(chan Result)
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for p := range jobs {
				fee, err := bank.Transfer(p)
				results <- Result{p.ID, err, fee}
			}
		}()
	}
	go func() {
		for _, p := range payments {
			jobs <- p
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	var all []Result
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].ID < all[j].ID })
	failed := 0
	for _, r := range all {
		if r.Err != nil {
			failed++
		}
	}
	fmt.Println("processed:", len(all), "some ok:", failed < len(all))
	var total int64
	for _, n := range names {
		total += bank.balances[n]
	}
	fmt.Println("money conserved:", total+bank.fees == 75000)
	fmt.Println("fees >= 25*ok:", bank.fees >= int64(25*(len(all)-failed)))
}
