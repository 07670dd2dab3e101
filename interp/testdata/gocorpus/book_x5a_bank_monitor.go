// Exercises: a bank whose balance is owned by a monitor goroutine, deposits/balances/withdrawals over channels, a struct request with a reply channel.
package main

import (
	"fmt"
	"sync"
)

type withdrawal struct {
	amount int
	ok     chan bool
}

var (
	deposits    = make(chan int)
	balances    = make(chan int)
	withdrawals = make(chan withdrawal)
)

func Deposit(amount int) { deposits <- amount }
func Balance() int       { return <-balances }

func Withdraw(amount int) bool {
	ch := make(chan bool)
	withdrawals <- withdrawal{amount, ch}
	return <-ch
}

func teller() {
	var balance int
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

func init() { go teller() }

func main() {
	var wg sync.WaitGroup
	for i := 1; i <= 10; i++ {
		wg.Add(1)
		go func(n int) { defer wg.Done(); Deposit(n * 100) }(i)
	}
	wg.Wait()
	fmt.Println("balance", Balance())
	fmt.Println(Withdraw(5000), Withdraw(6000), Balance())
	results := make(chan bool, 3)
	for range 3 {
		go func() { results <- Withdraw(100) }()
	}
	okCount := 0
	for range 3 {
		if <-results {
			okCount++
		}
	}
	fmt.Println(okCount, Balance())
}
