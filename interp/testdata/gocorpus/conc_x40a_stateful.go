package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type readOp struct {
	key  int
	resp chan int
}
type writeOp struct {
	key  int
	val  int
	resp chan bool
}

type Account struct {
	deposits chan int
	balances chan chan int
}

func NewAccount() *Account {
	a := &Account{deposits: make(chan int), balances: make(chan chan int)}
	go func() {
		balance := 0
		for {
			select {
			case d := <-a.deposits:
				balance += d
			case r := <-a.balances:
				r <- balance
			}
		}
	}()
	return a
}

func (a *Account) Balance() int {
	r := make(chan int)
	a.balances <- r
	return <-r
}

func main() {
	var readOps, writeOps uint64
	reads := make(chan readOp)
	writes := make(chan writeOp)

	go func() {
		state := make(map[int]int)
		for {
			select {
			case read := <-reads:
				read.resp <- state[read.key]
			case write := <-writes:
				state[write.key] = write.val
				write.resp <- true
			}
		}
	}()

	var wg sync.WaitGroup
	for w := range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range 10 {
				write := writeOp{key: k, val: k * w, resp: make(chan bool)}
				writes <- write
				<-write.resp
				atomic.AddUint64(&writeOps, 1)
			}
		}()
	}
	wg.Wait()
	for r := range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			read := readOp{key: r, resp: make(chan int)}
			reads <- read
			<-read.resp
			atomic.AddUint64(&readOps, 1)
		}()
	}
	wg.Wait()
	fmt.Println("readOps:", atomic.LoadUint64(&readOps))
	fmt.Println("writeOps:", atomic.LoadUint64(&writeOps))

	acct := NewAccount()
	var wg2 sync.WaitGroup
	for i := 1; i <= 10; i++ {
		wg2.Add(1)
		go func(amt int) {
			defer wg2.Done()
			acct.deposits <- amt
		}(i * 100)
	}
	wg2.Wait()
	fmt.Println("balance:", acct.Balance())
}
