// Exercises: a mutex-guarded bank with Deposit/Withdraw/Balance, a monitor goroutine owning state via channels, many goroutines with WaitGroup
package main

import (
	"fmt"
	"sync"
)

type Bank struct {
	mu      sync.Mutex
	balance int
}

func (b *Bank) Deposit(amount int) { b.mu.Lock(); defer b.mu.Unlock(); b.balance += amount }

func (b *Bank) Withdraw(amount int) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.balance < amount {
		return false
	}
	b.balance -= amount
	return true
}

func (b *Bank) Balance() int { b.mu.Lock(); defer b.mu.Unlock(); return b.balance }

type monitor struct {
	deposits chan int
	balances chan int
}

func newMonitor() *monitor {
	m := &monitor{make(chan int), make(chan int)}
	go func() {
		var balance int
		for {
			select {
			case amount := <-m.deposits:
				balance += amount
			case m.balances <- balance:
			}
		}
	}()
	return m
}

func main() {
	var b Bank
	var wg sync.WaitGroup
	for i := 1; i <= 100; i++ {
		wg.Add(1)
		go func(amount int) {
			defer wg.Done()
			b.Deposit(amount)
		}(i)
	}
	wg.Wait()
	fmt.Println(b.Balance())
	ok1 := b.Withdraw(5000)
	ok2 := b.Withdraw(50)
	fmt.Println(ok1, ok2, b.Balance())
	m := newMonitor()
	for i := 0; i < 10; i++ {
		m.deposits <- 10
	}
	fmt.Println(<-m.balances)
}
