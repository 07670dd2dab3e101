// Exercises: a bank simulation with sync.Mutex-guarded accounts, goroutines with sync.WaitGroup, an atomic.Int32 counter, ordered locking for transfers, errors for overdrafts, deterministic totals.
package main

import (
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
)

var ErrInsufficient = errors.New("insufficient funds")

type Account struct {
	mu      sync.Mutex
	id      int
	balance int
}

func (a *Account) Deposit(n int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.balance += n
}

func (a *Account) Balance() int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.balance
}

func Transfer(from, to *Account, n int) error {
	first, second := from, to
	if to.id < from.id {
		first, second = to, from
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	second.mu.Lock()
	defer second.mu.Unlock()
	if from.balance < n {
		return fmt.Errorf("transfer %d from #%d: %w", n, from.id, ErrInsufficient)
	}
	from.balance -= n
	to.balance += n
	return nil
}

func main() {
	a, b := &Account{id: 1, balance: 1000}, &Account{id: 2, balance: 1000}
	var wg sync.WaitGroup
	var failures atomic.Int32
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			err := Transfer(b, a, 7)
			if i%2 == 0 {
				err = Transfer(a, b, 17)
			}
			a.Deposit(1)
			if err != nil {
				failures.Add(1)
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(a.Balance(), b.Balance(), a.Balance()+b.Balance(), failures.Load())
	err := Transfer(a, b, 1_000_000)
	fmt.Println(err, errors.Is(err, ErrInsufficient))
}
