package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

type Bank struct {
	mu       sync.Mutex
	accounts map[string]int
	audit    []string
}

var errFunds = errors.New("insufficient funds")

func (b *Bank) Transfer(from, to string, amt int) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.accounts[from] < amt {
		return fmt.Errorf("%s->%s %d: %w", from, to, amt, errFunds)
	}
	b.accounts[from] -= amt
	b.accounts[to] += amt
	b.audit = append(b.audit, fmt.Sprintf("%s->%s:%d", from, to, amt))
	return nil
}

func (b *Bank) Total() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	t := 0
	for _, v := range b.accounts {
		t += v
	}
	return t
}

type result struct {
	worker int
	ok     int
	failed int
}

func main() {
	bank := &Bank{accounts: map[string]int{"A": 1000, "B": 1000, "C": 1000, "D": 0}}
	names := []string{"A", "B", "C", "D"}
	results := make(chan result)
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			r := result{worker: w}
			for i := range 100 {
				from := names[(w+i)%4]
				to := names[(w+i+1)%4]
				if err := bank.Transfer(from, to, 7+w); err != nil {
					r.failed++
				} else {
					r.ok++
				}
			}
			results <- r
		}(w)
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	var all []result
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].worker < all[j].worker })
	okTotal := 0
	for _, r := range all {
		okTotal += r.ok + r.failed
	}
	fmt.Println("attempts:", okTotal, "workers:", len(all))
	fmt.Println("total money conserved:", bank.Total() == 3000, bank.Total())
	fmt.Println("audit entries == successes:", len(bank.audit) == func() int {
		n := 0
		for _, r := range all {
			n += r.ok
		}
		return n
	}())
	err := bank.Transfer("D", "A", 1_000_000)
	fmt.Println(err, errors.Is(err, errFunds))
	sem := make(chan struct{}, 2)
	var mu sync.Mutex
	maxConc, cur := 0, 0
	var wg2 sync.WaitGroup
	for range 10 {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			sem <- struct{}{}
			mu.Lock()
			cur++
			maxConc = max(maxConc, cur)
			mu.Unlock()
			mu.Lock()
			cur--
			mu.Unlock()
			<-sem
		}()
	}
	wg2.Wait()
	fmt.Println("max concurrency <= 2:", maxConc <= 2, "cur:", cur)
}
