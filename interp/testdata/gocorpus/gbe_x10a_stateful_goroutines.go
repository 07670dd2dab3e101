// Exercises: stateful goroutines - one goroutine owns a map; deposits, balance queries and a snapshot arrive as messages with reply channels
package main

import (
	"fmt"
	"maps"
	"slices"
	"sync"
)

type deposit struct {
	account string
	amount  int
	done    chan struct{}
}

type query struct {
	account string
	reply   chan int
}

type bank struct {
	deposits chan deposit
	queries  chan query
	dump     chan chan map[string]int
}

func (b *bank) serve() {
	balances := map[string]int{}
	for {
		select {
		case d := <-b.deposits:
			balances[d.account] += d.amount
			close(d.done)
		case q := <-b.queries:
			q.reply <- balances[q.account]
		case out := <-b.dump:
			out <- maps.Clone(balances)
		}
	}
}

func main() {
	b := &bank{make(chan deposit), make(chan query), make(chan chan map[string]int)}
	go b.serve()
	var wg sync.WaitGroup
	names := []string{"ann", "bo", "cy"}
	for i := range 30 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			d := deposit{names[i%3], i, make(chan struct{})}
			b.deposits <- d
			<-d.done
			q := query{names[(i+1)%3], make(chan int)}
			b.queries <- q
			<-q.reply
		}()
	}
	wg.Wait()
	out := make(chan map[string]int)
	b.dump <- out
	snap := <-out
	for _, k := range slices.Sorted(maps.Keys(snap)) {
		fmt.Println(k, snap[k])
	}
	q := query{"nobody", make(chan int)}
	b.queries <- q
	fmt.Println("nobody:", <-q.reply)
}
