package main

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"sync"
)

var (
	ErrInsufficient = errors.New("insufficient funds")
	ErrNoAccount    = errors.New("no such account")
	ErrFrozen       = errors.New("account frozen")
)

type Account struct {
	ID      string
	balance int
	frozen  bool
	history []string
}

type Bank struct {
	mu       sync.Mutex
	accounts map[string]*Account
}

func NewBank() *Bank { return &Bank{accounts: map[string]*Account{}} }

func (b *Bank) Open(id string, initial int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.accounts[id] = &Account{ID: id, balance: initial}
}

func (b *Bank) get(id string) (*Account, error) {
	a, ok := b.accounts[id]
	if !ok {
		return nil, fmt.Errorf("%w: %q", ErrNoAccount, id)
	}
	if a.frozen {
		return nil, fmt.Errorf("%s: %w", id, ErrFrozen)
	}
	return a, nil
}

func (b *Bank) Transfer(from, to string, amt int) (err error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	defer func() {
		if err != nil {
			err = fmt.Errorf("transfer %s->%s of %d: %w", from, to, amt, err)
		}
	}()
	src, err := b.get(from)
	if err != nil {
		return err
	}
	dst, err := b.get(to)
	if err != nil {
		return err
	}
	if src.balance < amt {
		return ErrInsufficient
	}
	src.balance -= amt
	dst.balance += amt
	src.history = append(src.history, fmt.Sprintf("-%d", amt))
	dst.history = append(dst.history, fmt.Sprintf("+%d", amt))
	return nil
}

func (b *Bank) Total() (t int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, a := range b.accounts {
		t += a.balance
	}
	return
}

func main() {
	bank := NewBank()
	for _, id := range []string{"alice", "bob", "carol"} {
		bank.Open(id, 5000)
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	failures := map[string]int{}
	ids := []string{"alice", "bob", "carol"}
	for i := range 300 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			from, to := ids[i%3], ids[(i+1)%3]
			if err := bank.Transfer(from, to, 10+i%5); err != nil {
				mu.Lock()
				failures[err.Error()]++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("total conserved:", bank.Total() == 15000, len(failures))

	errs := []error{
		bank.Transfer("alice", "dave", 5),
		bank.Transfer("bob", "alice", 1_000_000),
	}
	bank.accounts["carol"].frozen = true
	errs = append(errs, bank.Transfer("carol", "bob", 1), bank.Transfer("alice", "bob", 0))
	for _, err := range errs {
		fmt.Printf("%-60v noacct=%-5t insuff=%-5t frozen=%t\n", err,
			errors.Is(err, ErrNoAccount), errors.Is(err, ErrInsufficient), errors.Is(err, ErrFrozen))
	}
	for _, id := range slices.Sorted(func(yield func(string) bool) {
		for k := range bank.accounts {
			if !yield(k) {
				return
			}
		}
	}) {
		a := bank.accounts[id]
		net := 0
		for _, h := range a.history {
			n, _ := strconv.Atoi(h)
			net += n
		}
		fmt.Printf("%s: %d transactions, net %+d, balance %d\n", id, len(a.history), net, a.balance)
	}
}
