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
	history []string
}

type InsufficientFunds struct {
	Account AccountID
	Need    int64
	Have    int64
}

func (e *InsufficientFunds) Error() string {
	return fmt.Sprintf("account %s: insufficient funds: need %d, have %d", e.Account, e.Need, e.Have)
}

var ErrSameAccount = errors.New("cannot transfer to same account")

type Bank struct {
	accounts map[AccountID]*Account
	mu       sync.Mutex
	journal  []string
}

func NewBank(opening map[AccountID]int64) *Bank {
	b := &Bank{accounts: map[AccountID]*Account{}}
	for id, bal := range opening {
		b.accounts[id] = &Account{ID: id, balance: bal}
	}
	return b
}

func (b *Bank) Transfer(from, to AccountID, amount int64) (err error) {
	if from == to {
		return ErrSameAccount
	}
	a, c := b.accounts[from], b.accounts[to]
	if a == nil || c == nil {
		return fmt.Errorf("unknown account in %s->%s", from, to)
	}
	first, second := a, c
	if first.ID > second.ID {
		first, second = second, first
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	second.mu.Lock()
	defer second.mu.Unlock()
	defer func() {
		if err == nil {
			b.mu.Lock()
			b.journal = append(b.journal, fmt.Sprintf("%s->%s:%d", from, to, amount))
			b.mu.Unlock()
		}
	}()
	if a.balance < amount {
		return &InsufficientFunds{from, amount, a.balance}
	}
	a.balance -= amount
	c.balance += amount
	a.history = append(a.history, fmt.Sprintf("-%d", amount))
	c.history = append(c.history, fmt.Sprintf("+%d", amount))
	return nil
}

func (b *Bank) Total() (sum int64) {
	for _, a := range b.accounts {
		a.mu.Lock()
		sum += a.balance
		a.mu.Unlock()
	}
	return
}

func main() {
	bank := NewBank(map[AccountID]int64{"alice": 1000, "bob": 500, "carol": 0, "dave": 250})
	ids := []AccountID{"alice", "bob", "carol", "dave"}
	before := bank.Total()

	var wg sync.WaitGroup
	var failMu sync.Mutex
	failures := map[string]int{}
	for i := 0; i < 200; i++ {
		from, to := ids[i%4], ids[(i*7+1)%4]
		wg.Add(1)
		go func(amount int64) {
			defer wg.Done()
			if err := bank.Transfer(from, to, amount); err != nil {
				var inf *InsufficientFunds
				kind := "other"
				switch {
				case errors.As(err, &inf):
					kind = "insufficient"
				case errors.Is(err, ErrSameAccount):
					kind = "same"
				}
				failMu.Lock()
				failures[kind]++
				failMu.Unlock()
			}
		}(int64(i%5) * 10)
	}
	wg.Wait()
	fmt.Println("total conserved:", before == bank.Total(), before)
	fmt.Println("same-account failures:", failures["same"])
	fmt.Println("journal entries + failures = 200:", len(bank.journal)+failures["same"]+failures["insufficient"] == 200)

	seq := NewBank(map[AccountID]int64{"x": 100, "y": 0})
	for _, amt := range []int64{30, 50, 40} {
		err := seq.Transfer("x", "y", amt)
		fmt.Printf("transfer %d: %v\n", amt, err)
	}
	fmt.Println(seq.Transfer("x", "z", 1))
	keys := make([]string, 0)
	for id, a := range seq.accounts {
		keys = append(keys, fmt.Sprintf("%s=%d %v", id, a.balance, a.history))
	}
	sort.Strings(keys)
	fmt.Println(keys, seq.journal)
}
