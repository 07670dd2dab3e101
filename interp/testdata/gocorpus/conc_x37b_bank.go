// A concurrency-safe bank, first with a monitor goroutine confining the
// balance, then with a mutex, after sections 9.1 and 9.2.
package main

import (
	"fmt"
	"sync"
)

type withdrawal struct {
	amount int
	ok     chan bool
}

var deposits = make(chan int)
var balances = make(chan int)
var withdrawals = make(chan withdrawal)

func Deposit(amount int) { deposits <- amount }
func Balance() int       { return <-balances }
func Withdraw(amount int) bool {
	ch := make(chan bool)
	withdrawals <- withdrawal{amount, ch}
	return <-ch
}

func teller() {
	var balance int // confined to the teller goroutine
	for {
		select {
		case amount := <-deposits:
			balance += amount
		case w := <-withdrawals:
			if w.amount > balance {
				w.ok <- false
				continue
			}
			balance -= w.amount
			w.ok <- true
		case balances <- balance:
		}
	}
}

type Bank struct {
	mu       sync.Mutex
	balance  int
	failures int
}

func (b *Bank) deposit(amount int) { b.balance += amount } // requires lock

func (b *Bank) Deposit(amount int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.deposit(amount)
}

func (b *Bank) Withdraw(amount int) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.deposit(-amount)
	if b.balance < 0 {
		b.deposit(amount)
		b.failures++
		return false
	}
	return true
}

func (b *Bank) Balance() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.balance
}

func main() {
	go teller()
	var wg sync.WaitGroup
	for i := 1; i <= 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			Deposit(i)
		}()
	}
	wg.Wait()
	fmt.Println("monitor balance:", Balance())
	fmt.Println(Withdraw(5000), Withdraw(50), Balance())

	var b Bank
	results := make([]bool, 20)
	for range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			b.Deposit(10)
		}()
	}
	wg.Wait()
	for i := range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = b.Withdraw(15)
		}()
	}
	wg.Wait()
	ok := 0
	for _, r := range results {
		if r {
			ok++
		}
	}
	fmt.Printf("mutex bank: balance=%d successful=%d failures=%d\n", b.Balance(), ok, b.failures)
}
