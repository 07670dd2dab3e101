package main

import (
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
)

type SafeAccount struct {
	mu      sync.RWMutex
	balance int64
}

func (a *SafeAccount) Deposit(n int64) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.balance += n
}

func (a *SafeAccount) Withdraw(n int64) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.balance < n {
		return errors.New("insufficient")
	}
	a.balance -= n
	return nil
}

func (a *SafeAccount) Balance() int64 {
	a.mu.RLock()
	defer a.mu.RUnlock()
	return a.balance
}

func main() {
	acc := &SafeAccount{}
	var wg sync.WaitGroup
	var ops atomic.Int64
	for i := 1; i <= 100; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			acc.Deposit(int64(n))
			ops.Add(1)
		}(i)
	}
	wg.Wait()
	fmt.Println("balance", acc.Balance(), "ops", ops.Load())
	var failed int32
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := acc.Withdraw(300); err != nil {
				atomic.AddInt32(&failed, 1)
			}
		}()
	}
	wg.Wait()
	fmt.Println("balance", acc.Balance(), "failed", atomic.LoadInt32(&failed))
	results := make([]int, 8)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s := 0
			for k := 0; k <= i*1000; k++ {
				s += k
			}
			results[i] = s
		}()
	}
	wg.Wait()
	fmt.Println(results)
	sem := make(chan struct{}, 2)
	out := make(chan string, 5)
	for _, name := range []string{"a", "b", "c", "d", "e"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			out <- name + "!"
		}()
	}
	wg.Wait()
	close(out)
	got := map[string]bool{}
	for s := range out {
		got[s] = true
	}
	fmt.Println(got, len(sem))
}
