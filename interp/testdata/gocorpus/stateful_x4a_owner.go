// Exercises: stateful goroutines: one goroutine owns a bank ledger and serves requests (one request type with an op field and a reply channel) sent by many goroutines.
package main

import (
	"fmt"
	"sync"
)

type request struct {
	op      string // "deposit" or "balance"
	account string
	amount  int
	reply   chan int
}

func ledger(reqs <-chan request, done chan<- int) {
	balances := map[string]int{}
	served := 0
	for r := range reqs {
		served++
		if r.op == "deposit" {
			balances[r.account] += r.amount
		}
		r.reply <- balances[r.account]
	}
	done <- served
}

func main() {
	reqs := make(chan request)
	done := make(chan int)
	go ledger(reqs, done)
	var wg sync.WaitGroup
	for c := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, acct := range []string{"alice", "bob"} {
				reply := make(chan int)
				reqs <- request{"deposit", acct, (c + 1) * 10, reply}
				<-reply
			}
		}()
	}
	wg.Wait()
	for _, acct := range []string{"alice", "bob", "carol"} {
		reply := make(chan int)
		reqs <- request{op: "balance", account: acct, reply: reply}
		fmt.Println(acct, <-reply)
	}
	close(reqs)
	fmt.Println("requests served:", <-done)
}
