package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type Bank struct {
	mu       sync.RWMutex
	accounts map[string]int
	txCount  atomic.Int64
	failed   int32
}

var ErrNoFunds = errors.New("insufficient funds")

func NewBank() *Bank {
	return &Bank{accounts: make(map[string]int)}
}

func (b *Bank) Open(name string, cents int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.accounts[name] = cents
}

func (b *Bank) Transfer(from, to string, cents int) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.txCount.Add(1)
	if b.accounts[from] < cents {
		atomic.AddInt32(&b.failed, 1)
		return fmt.Errorf("%s -> %s (%d): %w", from, to, cents, ErrNoFunds)
	}
	b.accounts[from] -= cents
	b.accounts[to] += cents
	return nil
}

func (b *Bank) Balance(name string) int {
	b.mu.RLock()
	defer b.mu.RUnlock()
	return b.accounts[name]
}

func (b *Bank) Total() int {
	b.mu.RLock()
	defer b.mu.RUnlock()
	sum := 0
	for _, v := range b.accounts {
		sum += v
	}
	return sum
}

func cents(c int) string {
	return fmt.Sprintf("$%d.%02d", c/100, c%100)
}

func main() {
	bank := NewBank()
	names := []string{"ann", "ben", "cat", "dan"}
	for i, n := range names {
		bank.Open(n, (i+1)*10000)
	}
	before := bank.Total()

	var wg sync.WaitGroup
	errCh := make(chan error, 100)
	for i := 0; i < 40; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			from := names[i%4]
			to := names[(i+1)%4]
			if err := bank.Transfer(from, to, 100+i); err != nil {
				errCh <- err
			}
		}(i)
	}
	wg.Wait()
	close(errCh)
	errCount := 0
	for range errCh {
		errCount++
	}

	fmt.Println("transactions:", bank.txCount.Load())
	fmt.Println("failed:", atomic.LoadInt32(&bank.failed), errCount)
	fmt.Println("money conserved:", before == bank.Total(), cents(bank.Total()))
	sorted := append([]string(nil), names...)
	sort.Slice(sorted, func(i, j int) bool { return bank.Balance(sorted[i]) > bank.Balance(sorted[j]) })
	for _, n := range names {
		fmt.Printf("%-4s %10s\n", n, cents(bank.Balance(n)))
	}
	fmt.Println("richest:", sorted[0])

	err := bank.Transfer("ann", "ben", 1_000_000)
	fmt.Println(err, errors.Is(err, ErrNoFunds))

	var counter int64
	var wg2 sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			for j := 0; j < 100; j++ {
				atomic.AddInt64(&counter, 1)
			}
		}()
	}
	wg2.Wait()
	fmt.Println("counter:", counter)

	cond := sync.NewCond(&sync.Mutex{})
	ready := false
	results := make([]string, 3)
	var wg3 sync.WaitGroup
	for i := range 3 {
		wg3.Add(1)
		go func() {
			defer wg3.Done()
			cond.L.Lock()
			for !ready {
				cond.Wait()
			}
			cond.L.Unlock()
			results[i] = fmt.Sprintf("teller %d open", i+1)
		}()
	}
	cond.L.Lock()
	ready = true
	cond.Broadcast()
	cond.L.Unlock()
	wg3.Wait()
	fmt.Println(results)
}
