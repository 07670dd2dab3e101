package main

import (
	"errors"
	"fmt"
	"sync"
)

type Account struct {
	sync.Mutex
	ID      int
	Owner   string
	balance int64
}

var ErrInsufficient = errors.New("insufficient funds")

type Bank struct {
	accounts map[int]*Account
	ledger   []string
	lmu      sync.Mutex
}

func (b *Bank) Transfer(from, to int, amt int64) error {
	a, c := b.accounts[from], b.accounts[to]
	first, second := a, c
	if a.ID > c.ID {
		first, second = c, a
	}
	first.Lock()
	defer first.Unlock()
	second.Lock()
	defer second.Unlock()
	if a.balance < amt {
		return fmt.Errorf("transfer %d from %s: %w", amt, a.Owner, ErrInsufficient)
	}
	a.balance -= amt
	c.balance += amt
	b.lmu.Lock()
	b.ledger = append(b.ledger, fmt.Sprintf("%s->%s", a.Owner, c.Owner))
	b.lmu.Unlock()
	return nil
}

func (b *Bank) Total() (t int64) {
	for _, a := range b.accounts {
		a.Lock()
		t += a.balance
		a.Unlock()
	}
	return
}

func main() {
	b := &Bank{accounts: map[int]*Account{}}
	for i, name := range []string{"ann", "bob", "cy"} {
		b.accounts[i+1] = &Account{ID: i + 1, Owner: name, balance: 1000}
	}
	var wg sync.WaitGroup
	errCount := make(chan int, 1)
	errCount <- 0
	for i := 0; i < 30; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			from, to := i%3+1, (i+1)%3+1
			if err := b.Transfer(from, to, 100); err != nil {
				n := <-errCount
				errCount <- n + 1
			}
		}()
	}
	wg.Wait()
	fmt.Println("total", b.Total(), "transfers", len(b.ledger), "errors", <-errCount)
	for id := 1; id <= 3; id++ {
		a := b.accounts[id]
		fmt.Printf("%d %s %d\n", a.ID, a.Owner, a.balance)
	}
	err := b.Transfer(1, 2, 5000)
	fmt.Println(err, errors.Is(err, ErrInsufficient))
}
