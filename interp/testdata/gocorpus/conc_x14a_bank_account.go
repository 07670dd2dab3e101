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

func Open(initial int64) *Account {
	if initial < 0 {
		return nil
	}
	return &Account{balance: initial, open: true}
}

func (a *Account) Balance() (int64, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if !a.open {
		return 0, ErrClosed
	}
	return a.balance, nil
}

func (a *Account) Deposit(amount int64) (int64, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if !a.open {
		return 0, ErrClosed
	}
	if a.balance+amount < 0 {
		return a.balance, fmt.Errorf("insufficient funds: have %d, need %d", a.balance, -amount)
	}
	a.balance += amount
	return a.balance, nil
}

func (a *Account) Close() (int64, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if !a.open {
		return 0, ErrClosed
	}
	a.open = false
	p := a.balance
	a.balance = 0
	return p, nil
}

func main() {
	acct := Open(300)
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(2)
		go func() {
			defer wg.Done()
			acct.Deposit(10)
		}()
		go func() {
			defer wg.Done()
			acct.Deposit(-5)
		}()
	}
	wg.Wait()
	b, err := acct.Balance()
	fmt.Println("balance:", b, err)
	if _, err := acct.Deposit(-1000); err != nil {
		fmt.Println("error:", err)
	}
	payout, err := acct.Close()
	fmt.Println("payout:", payout, err)
	_, err = acct.Deposit(5)
	fmt.Println("after close:", err, errors.Is(err, ErrClosed))
	fmt.Println("negative open:", Open(-3) == nil)
}
