package main

import (
	"errors"
	"fmt"
	"sync"
)

var ErrInsufficient = errors.New("insufficient funds")

type Account struct {
	mu      sync.Mutex
	ID      int
	Balance int64
}

type TransferError struct {
	From, To int
	Amount   int64
	Err      error
}

func (e *TransferError) Error() string {
	return fmt.Sprintf("transfer %d->%d of %d: %v", e.From, e.To, e.Amount, e.Err)
}

func (e *TransferError) Unwrap() error { return e.Err }

// Transfer locks accounts in ID order to avoid deadlock.
func Transfer(a, b *Account, amt int64) error {
	first, second := a, b
	if b.ID < a.ID {
		first, second = b, a
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	second.mu.Lock()
	defer second.mu.Unlock()
	if a.Balance < amt {
		return &TransferError{a.ID, b.ID, amt, ErrInsufficient}
	}
	a.Balance -= amt
	b.Balance += amt
	return nil
}

func main() {
	accts := make([]*Account, 4)
	for i := range accts {
		accts[i] = &Account{ID: i, Balance: 1000}
	}
	var wg sync.WaitGroup
	var failMu sync.Mutex
	failures := 0
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				from := accts[(w+i)%4]
				to := accts[(w+i+1)%4]
				if err := Transfer(from, to, 10); err != nil {
					failMu.Lock()
					failures++
					failMu.Unlock()
				}
			}
		}(w)
	}
	wg.Wait()
	var total int64
	for _, a := range accts {
		total += a.Balance
	}
	fmt.Println("total preserved:", total == 4000, total)
	fmt.Println("failures:", failures)

	poor := &Account{ID: 9, Balance: 5}
	err := Transfer(poor, accts[0], 100)
	var te *TransferError
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrInsufficient), errors.As(err, &te), te.Amount)
	fmt.Printf("%+v\n", *te)
}
