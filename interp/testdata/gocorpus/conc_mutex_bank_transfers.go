// Exercises: concurrent transfers between accounts guarded by one mutex preserve the total.
package main

import (
	"fmt"
	"sync"
)

type Bank struct {
	mu       sync.Mutex
	balances []int
}

func (b *Bank) Transfer(from, to, amount int) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.balances[from] < amount {
		return false
	}
	b.balances[from] -= amount
	b.balances[to] += amount
	return true
}

func main() {
	b := &Bank{balances: []int{100, 100, 100, 100}}
	var wg sync.WaitGroup
	for i := range 200 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			b.Transfer(i%4, (i+1)%4, 7)
		}()
	}
	wg.Wait()
	total := 0
	for _, v := range b.balances {
		total += v
	}
	fmt.Println("total preserved:", total)
}
