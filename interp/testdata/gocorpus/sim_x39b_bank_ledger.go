package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
)

type AccountID string

type InsufficientFundsError struct {
	Account AccountID
	Need    int64
	Have    int64
}

func (e InsufficientFundsError) Error() string {
	return fmt.Sprintf("account %s: insufficient funds (need %d, have %d)", e.Account, e.Need, e.Have)
}

var ErrNoAccount = errors.New("no such account")
var ErrSameAccount = errors.New("cannot transfer to same account")

type Entry struct {
	From, To AccountID
	Amount   int64
}

type Bank struct {
	mu       sync.Mutex
	balances map[AccountID]int64
	ledger   []Entry
}

func NewBank(initial map[AccountID]int64) *Bank {
	b := &Bank{balances: make(map[AccountID]int64, len(initial))}
	for id, amt := range initial {
		b.balances[id] = amt
	}
	return b
}

func (b *Bank) Transfer(from, to AccountID, amt int64) error {
	if from == to {
		return ErrSameAccount
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	fb, ok := b.balances[from]
	if !ok {
		return fmt.Errorf("transfer from %s: %w", from, ErrNoAccount)
	}
	if _, ok := b.balances[to]; !ok {
		return fmt.Errorf("transfer to %s: %w", to, ErrNoAccount)
	}
	if fb < amt {
		return fmt.Errorf("transfer %d: %w", amt, InsufficientFundsError{from, amt, fb})
	}
	b.balances[from] -= amt
	b.balances[to] += amt
	b.ledger = append(b.ledger, Entry{from, to, amt})
	return nil
}

func (b *Bank) Total() (t int64) {
	for _, v := range b.balances {
		t += v
	}
	return
}

func (b *Bank) Report() string {
	ids := make([]AccountID, 0, len(b.balances))
	for id := range b.balances {
		ids = append(ids, id)
	}
	slices.SortFunc(ids, func(a, c AccountID) int { return strings.Compare(string(a), string(c)) })
	var sb strings.Builder
	for _, id := range ids {
		fmt.Fprintf(&sb, "%s=%d ", id, b.balances[id])
	}
	return strings.TrimSpace(sb.String())
}

func main() {
	bank := NewBank(map[AccountID]int64{"alice": 100, "bob": 50, "carol": 0})
	before := bank.Total()
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_ = bank.Transfer("alice", "bob", 1)
			_ = bank.Transfer("bob", "carol", 1)
		}()
	}
	wg.Wait()
	fmt.Println(bank.Report(), "total preserved:", bank.Total() == before, len(bank.ledger))

	attempts := []Entry{{"carol", "alice", 30}, {"carol", "alice", 1000}, {"dave", "bob", 1}, {"bob", "bob", 1}, {"bob", "zed", 1}}
	for _, a := range attempts {
		err := bank.Transfer(a.From, a.To, a.Amount)
		var ife InsufficientFundsError
		switch {
		case err == nil:
			fmt.Println("ok", a)
		case errors.As(err, &ife):
			fmt.Printf("short by %d: %v\n", ife.Need-ife.Have, err)
		case errors.Is(err, ErrNoAccount):
			fmt.Println("missing:", err)
		default:
			fmt.Printf("other: %v (%T)\n", err, err)
		}
	}
	fmt.Println(bank.Report())
	fmt.Printf("%+v\n", bank.ledger[len(bank.ledger)-1])
}
