package main

import (
	"fmt"
	"sort"
	"sync"
)

type Account struct {
	mu      sync.Mutex
	ID      int
	Balance int
}

func (a *Account) Deposit(n int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.Balance += n
}

func (a *Account) TryWithdraw(n int) bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.Balance < n {
		return false
	}
	a.Balance -= n
	return true
}

type Bank struct {
	mu       sync.RWMutex
	accounts map[int]*Account
}

func (b *Bank) Open(id, initial int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.accounts[id] = &Account{ID: id, Balance: initial}
}

func (b *Bank) Get(id int) *Account {
	b.mu.RLock()
	defer b.mu.RUnlock()
	return b.accounts[id]
}

func (b *Bank) Total() int {
	b.mu.RLock()
	defer b.mu.RUnlock()
	t := 0
	for _, a := range b.accounts {
		a.mu.Lock()
		t += a.Balance
		a.mu.Unlock()
	}
	return t
}

func main() {
	bank := &Bank{accounts: map[int]*Account{}}
	for i := 1; i <= 4; i++ {
		bank.Open(i, 1000)
	}
	var wg sync.WaitGroup
	var failed sync.Map
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				from := bank.Get(1 + (w+j)%4)
				to := bank.Get(1 + (w+j+1)%4)
				if from.TryWithdraw(7) {
					to.Deposit(7)
				} else {
					failed.Store(w, true)
				}
			}
		}(w)
	}
	wg.Wait()
	fmt.Println("total after transfers:", bank.Total())

	results := make(chan string, 4)
	for id := 1; id <= 4; id++ {
		go func() {
			a := bank.Get(id)
			a.mu.Lock()
			defer a.mu.Unlock()
			results <- fmt.Sprintf("acct %d ok=%v", a.ID, a.Balance >= 0)
		}()
	}
	var lines []string
	for range 4 {
		lines = append(lines, <-results)
	}
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Println(l)
	}
	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("audit ran once") })
	}
	n := 0
	failed.Range(func(k, v any) bool { n++; return true })
	fmt.Println("workers with failures counted:", n >= 0)
}
