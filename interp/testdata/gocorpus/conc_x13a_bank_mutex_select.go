package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

type Ledger struct {
	mu       sync.RWMutex
	balances map[string]int
}

var errNoFunds = errors.New("no funds")

func (l *Ledger) Move(from, to string, amt int) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.balances[from] < amt {
		return fmt.Errorf("%s->%s %d: %w", from, to, amt, errNoFunds)
	}
	l.balances[from] -= amt
	l.balances[to] += amt
	return nil
}

func (l *Ledger) Total() int {
	l.mu.RLock()
	defer l.mu.RUnlock()
	t := 0
	for _, b := range l.balances {
		t += b
	}
	return t
}

type event struct {
	worker int
	err    error
}

func main() {
	l := &Ledger{balances: map[string]int{"a": 1000, "b": 1000, "c": 1000}}
	names := []string{"a", "b", "c"}
	var wg sync.WaitGroup
	events := make(chan event, 100)
	done := make(chan struct{})
	failures := map[int]int{}
	go func() {
		for ev := range events {
			if ev.err != nil {
				failures[ev.worker]++
			}
		}
		close(done)
	}()
	for w := 0; w < 6; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				from, to := names[(w+i)%3], names[(w+i+1)%3]
				events <- event{w, l.Move(from, to, 10)}
			}
		}()
	}
	wg.Wait()
	close(events)
	<-done
	fmt.Println("total preserved:", l.Total() == 3000)
	fmt.Println("failures:", len(failures))

	results := make(chan int)
	quit := make(chan bool)
	go func() {
		for i := 1; i <= 5; i++ {
			results <- i * 10
		}
		quit <- true
	}()
	sum := 0
loop:
	for {
		select {
		case v := <-results:
			sum += v
		case <-quit:
			break loop
		}
	}
	fmt.Println("sum via select:", sum)

	keys := make([]string, 0)
	l.mu.RLock()
	for k := range l.balances {
		keys = append(keys, k)
	}
	l.mu.RUnlock()
	sort.Strings(keys)
	fmt.Println(keys, len(l.balances))
	err := l.Move("a", "b", 1_000_000)
	fmt.Println(err, errors.Is(err, errNoFunds))
}
