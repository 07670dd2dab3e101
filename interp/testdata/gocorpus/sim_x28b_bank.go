package main

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"sync"
)

// Transfers between accounts: locking two mutexes in arbitrary order can deadlock.
// Always lock in a consistent order (by ID).

type Account struct {
	ID      int
	mu      sync.Mutex
	balance int
}

var ErrInsufficient = errors.New("insufficient funds")

func Transfer(from, to *Account, amount int) error {
	if from == to {
		return errors.New("same account")
	}
	first, second := from, to
	if second.ID < first.ID {
		first, second = second, first
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	second.mu.Lock()
	defer second.mu.Unlock()
	if from.balance < amount {
		return fmt.Errorf("transfer %d from %d: %w", amount, from.ID, ErrInsufficient)
	}
	from.balance -= amount
	to.balance += amount
	return nil
}

type Bank struct {
	accounts []*Account
}

func (b *Bank) Total() int {
	t := 0
	for _, a := range b.accounts {
		a.mu.Lock()
		t += a.balance
		a.mu.Unlock()
	}
	return t
}

func main() {
	bank := &Bank{}
	for i := range 5 {
		bank.accounts = append(bank.accounts, &Account{ID: i, balance: 100})
	}
	fmt.Println("total before:", bank.Total())

	// Pre-generate transfers deterministically.
	rng := rand.New(rand.NewPCG(1, 2))
	type tx struct{ from, to, amt int }
	var txs []tx
	for range 200 {
		f := rng.IntN(5)
		t := rng.IntN(5)
		txs = append(txs, tx{f, t, rng.IntN(30) + 1})
	}

	var wg sync.WaitGroup
	var mu sync.Mutex
	failures := map[string]int{}
	for _, t := range txs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			err := Transfer(bank.accounts[t.from], bank.accounts[t.to], t.amt)
			if err != nil {
				key := "other"
				if errors.Is(err, ErrInsufficient) {
					key = "insufficient"
				}
				mu.Lock()
				failures[key]++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("total after:", bank.Total())
	sameCount := 0
	for _, t := range txs {
		if t.from == t.to {
			sameCount++
		}
	}
	fmt.Println("same-account rejections match:", failures["other"] == sameCount)

	// Sequential replay gives a deterministic ledger.
	seq := &Bank{}
	for i := range 5 {
		seq.accounts = append(seq.accounts, &Account{ID: i, balance: 100})
	}
	insufficient := 0
	for _, t := range txs {
		if err := Transfer(seq.accounts[t.from], seq.accounts[t.to], t.amt); errors.Is(err, ErrInsufficient) {
			insufficient++
		}
	}
	for _, a := range seq.accounts {
		fmt.Printf("acct %d: %d\n", a.ID, a.balance)
	}
	fmt.Println("sequential insufficient:", insufficient, "total:", seq.Total())
	fmt.Println(Transfer(seq.accounts[0], seq.accounts[1], 1_000_000))
}
