package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

var ErrInsufficient = errors.New("insufficient funds")

type InsufficientError struct {
	Account string
	Need    int
	Have    int
}

func (e *InsufficientError) Error() string {
	return fmt.Sprintf("%s: need %d, have %d", e.Account, e.Need, e.Have)
}

func (e *InsufficientError) Is(target error) bool { return target == ErrInsufficient }

type Bank struct {
	mu       sync.Mutex
	balances map[string]int
	history  []string
}

func (b *Bank) Deposit(acct string, amt int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.balances[acct] += amt
}

func (b *Bank) Transfer(from, to string, amt int) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.balances[from] < amt {
		return &InsufficientError{from, amt, b.balances[from]}
	}
	b.balances[from] -= amt
	b.balances[to] += amt
	b.history = append(b.history, fmt.Sprintf("%s->%s %d", from, to, amt))
	return nil
}

func (b *Bank) Total() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	t := 0
	for _, v := range b.balances {
		t += v
	}
	return t
}

func main() {
	bank := &Bank{balances: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			bank.Deposit([]string{"alice", "bob", "carol"}[n%3], 10)
		}(i)
	}
	wg.Wait()
	fmt.Println(bank.balances, bank.Total())

	var errs []error
	var emu sync.Mutex
	for i := 0; i < 30; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := bank.Transfer("bob", "alice", 7); err != nil {
				emu.Lock()
				errs = append(errs, err)
				emu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println(bank.balances, bank.Total(), len(bank.history), len(errs))
	sort.Slice(errs, func(i, j int) bool { return errs[i].Error() < errs[j].Error() })
	fmt.Println(errs[0], errors.Is(errs[0], ErrInsufficient))
	var ie *InsufficientError
	if errors.As(fmt.Errorf("wrapped: %w", errs[len(errs)-1]), &ie) {
		fmt.Println("as:", ie.Account, ie.Have)
	}
	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("init once, i =", i) })
	}
	counts := sync.Map{}
	for _, w := range []string{"a", "b", "a"} {
		v, _ := counts.LoadOrStore(w, new(int))
		*v.(*int)++
	}
	va, _ := counts.Load("a")
	fmt.Println(*va.(*int))
}
