// Exercises: Go-by-Example-style stateful goroutine owning a map, accessed via request channels.
package main

import (
	"fmt"
	"sync"
)

type readOp struct {
	key  int
	resp chan int
}

type writeOp struct {
	key, val int
	resp     chan bool
}

func main() {
	reads := make(chan readOp)
	writes := make(chan writeOp)
	go func() {
		state := map[int]int{}
		for {
			select {
			case r := <-reads:
				r.resp <- state[r.key]
			case w := <-writes:
				state[w.key] += w.val
				w.resp <- true
			}
		}
	}()
	var wg sync.WaitGroup
	for w := range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			op := writeOp{key: w % 3, val: w, resp: make(chan bool)}
			writes <- op
			<-op.resp
		}()
	}
	wg.Wait()
	for k := range 3 {
		r := readOp{key: k, resp: make(chan int)}
		reads <- r
		fmt.Println("key", k, "=", <-r.resp)
	}
}
