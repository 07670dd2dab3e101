package main

import (
	"context"
	"fmt"
	"sort"
	"sync"
)

type Request struct {
	Customer string
	Amount   int
	Reply    chan error
}

type Vault struct {
	mu      sync.Mutex
	balance int
}

func (v *Vault) Withdraw(n int) error {
	v.mu.Lock()
	defer v.mu.Unlock()
	if n > v.balance {
		return fmt.Errorf("vault short: have %d, want %d", v.balance, n)
	}
	v.balance -= n
	return nil
}

func teller(ctx context.Context, id int, v *Vault, reqs <-chan Request, served *sync.Map) {
	for {
		select {
		case <-ctx.Done():
			return
		case r, ok := <-reqs:
			if !ok {
				return
			}
			err := v.Withdraw(r.Amount)
			served.Store(r.Customer, id)
			r.Reply <- err
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	vault := &Vault{balance: 1000}
	reqs := make(chan Request)
	var served sync.Map
	for i := 1; i <= 3; i++ {
		go teller(ctx, i, vault, reqs, &served)
	}
	customers := []struct {
		name string
		amt  int
	}{{"ava", 200}, {"ben", 300}, {"cal", 150}, {"dee", 400}, {"eli", 100}}
	var results []string
	for _, c := range customers {
		reply := make(chan error, 1)
		reqs <- Request{c.name, c.amt, reply}
		if err := <-reply; err != nil {
			results = append(results, c.name+": "+err.Error())
		} else {
			results = append(results, fmt.Sprintf("%s: got %d", c.name, c.amt))
		}
	}
	close(reqs)
	for _, r := range results {
		fmt.Println(r)
	}
	var names []string
	served.Range(func(k, v any) bool {
		names = append(names, k.(string))
		return true
	})
	sort.Strings(names)
	fmt.Println("served:", names, "vault:", vault.balance)
	cancel()
	fmt.Println(ctx.Err())
}
