package main

import (
	"fmt"
	"sort"
	"sync"
)

type SafeAccount struct {
	mu      sync.Mutex
	owner   string
	balance int
	ops     int
}

func (a *SafeAccount) Deposit(n int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.balance += n
	a.ops++
}

func (a *SafeAccount) Withdraw(n int) bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.balance < n {
		return false
	}
	a.balance -= n
	a.ops++
	return true
}

func (a *SafeAccount) Balance() int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.balance
}

type Txn struct {
	Account string
	Amount  int
}

func main() {
	accounts := map[string]*SafeAccount{
		"alice": {owner: "alice", balance: 1000},
		"bob":   {owner: "bob", balance: 50},
	}
	txns := make(chan Txn)
	var wg sync.WaitGroup
	var rejected sync.Map
	var rejectCount int
	var rmu sync.Mutex

	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for t := range txns {
				acc := accounts[t.Account]
				if t.Amount >= 0 {
					acc.Deposit(t.Amount)
				} else if !acc.Withdraw(-t.Amount) {
					rmu.Lock()
					rejectCount++
					rmu.Unlock()
					rejected.Store(fmt.Sprintf("%s:%d", t.Account, t.Amount), true)
				}
			}
		}(w)
	}

	for i := 1; i <= 100; i++ {
		txns <- Txn{"alice", 10}
		txns <- Txn{"bob", 5}
	}
	close(txns)
	wg.Wait()

	results := make(chan string, 2)
	go func() {
		ok := accounts["bob"].Withdraw(10000)
		results <- fmt.Sprintf("big withdraw ok=%v", ok)
	}()
	fmt.Println(<-results)

	names := []string{}
	for n := range accounts {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		a := accounts[n]
		fmt.Printf("%-6s balance=%5d ops=%d\n", a.owner, a.Balance(), a.ops)
	}
	keys := []string{}
	rejected.Range(func(k, v any) bool {
		keys = append(keys, k.(string))
		return true
	})
	sort.Strings(keys)
	fmt.Println("rejected:", rejectCount, keys)

	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("audit started") })
	}
}
