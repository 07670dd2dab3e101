package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

type AccountID string

type Account struct {
	mu      sync.Mutex
	ID      AccountID
	balance int64
	frozen  bool
}

var (
	ErrFrozen       = errors.New("account frozen")
	ErrInsufficient = errors.New("insufficient funds")
	ErrSameAccount  = errors.New("same account")
)

type TransferError struct {
	From, To AccountID
	Amount   int64
	Err      error
}

func (e *TransferError) Error() string {
	return fmt.Sprintf("transfer %d %s->%s: %v", e.Amount, e.From, e.To, e.Err)
}
func (e *TransferError) Unwrap() error { return e.Err }

type Bank struct {
	accounts map[AccountID]*Account
}

func (b *Bank) Transfer(from, to AccountID, amt int64) error {
	if from == to {
		return &TransferError{from, to, amt, ErrSameAccount}
	}
	a, c := b.accounts[from], b.accounts[to]
	first, second := a, c
	if from > to {
		first, second = c, a
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	second.mu.Lock()
	defer second.mu.Unlock()
	switch {
	case a.frozen || c.frozen:
		return &TransferError{from, to, amt, ErrFrozen}
	case a.balance < amt:
		return &TransferError{from, to, amt, fmt.Errorf("%w: have %d", ErrInsufficient, a.balance)}
	}
	a.balance -= amt
	c.balance += amt
	return nil
}

func main() {
	b := &Bank{accounts: map[AccountID]*Account{}}
	for i, id := range []AccountID{"alice", "bob", "carol"} {
		b.accounts[id] = &Account{ID: id, balance: int64(100 * (i + 1))}
	}
	var wg sync.WaitGroup
	for i := range 50 {
		wg.Add(2)
		go func() { defer wg.Done(); _ = b.Transfer("alice", "bob", 1) }()
		go func() { defer wg.Done(); _ = b.Transfer("bob", "alice", 1+int64(i%2)) }()
	}
	wg.Wait()
	ids := make([]string, 0)
	var sum int64
	for id, a := range b.accounts {
		ids = append(ids, string(id))
		sum += a.balance
	}
	sort.Strings(ids)
	fmt.Println(ids, "sum", sum, "alice+bob", b.accounts["alice"].balance+b.accounts["bob"].balance)

	b.accounts["carol"].frozen = true
	tests := []struct {
		f, t AccountID
		amt  int64
	}{{"alice", "alice", 5}, {"alice", "carol", 5}, {"bob", "alice", 10_000}, {"carol", "bob", 1}}
	for _, tc := range tests {
		err := b.Transfer(tc.f, tc.t, tc.amt)
		var te *TransferError
		if errors.As(err, &te) {
			fmt.Printf("%-45v frozen=%v insuff=%v same=%v amount=%d\n", err,
				errors.Is(err, ErrFrozen), errors.Is(err, ErrInsufficient), errors.Is(err, ErrSameAccount), te.Amount)
		}
	}
}
