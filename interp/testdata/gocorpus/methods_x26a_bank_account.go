package main

import (
	"errors"
	"fmt"
	"sync"
)

var ErrClosed = errors.New("account closed")

type Account struct {
	mu      sync.Mutex
	balance int64
	open    bool
}

func Open(amount int64) *Account {
	if amount < 0 {
		return nil
	}
	return &Account{balance: amount, open: true}
}

func (a *Account) Balance() (int64, bool) {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.balance, a.open
}

func (a *Account) Deposit(amount int64) (int64, bool) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if !a.open || a.balance+amount < 0 {
		return a.balance, false
	}
	a.balance += amount
	return a.balance, true
}

func (a *Account) Close() (int64, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if !a.open {
		return 0, fmt.Errorf("close: %w", ErrClosed)
	}
	a.open = false
	p := a.balance
	a.balance = 0
	return p, nil
}

func main() {
	fmt.Println(Open(-10) == nil)
	acct := Open(100)
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			if n%2 == 0 {
				acct.Deposit(10)
			} else {
				acct.Deposit(-5)
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(acct.Balance())
	_, ok := acct.Deposit(-1000)
	fmt.Println("overdraw ok?", ok)
	payout, err := acct.Close()
	fmt.Println(payout, err)
	_, err = acct.Close()
	fmt.Println(err, errors.Is(err, ErrClosed))
	bal, ok := acct.Deposit(5)
	fmt.Println(bal, ok)
	b, open := acct.Balance()
	fmt.Printf("balance=%d open=%t\n", b, open)
}
