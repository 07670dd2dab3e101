package main

import (
	"fmt"
	"strings"
	"sync"
)

type Order struct {
	ID    int
	Items []string
	Total int
}

func generate(n int) <-chan Order {
	out := make(chan Order)
	go func() {
		defer close(out)
		for i := 1; i <= n; i++ {
			items := make([]string, i%3+1)
			for j := range items {
				items[j] = fmt.Sprintf("item%d", (i*j+i)%5)
			}
			out <- Order{ID: i, Items: items}
		}
	}()
	return out
}

func price(in <-chan Order, workers int) <-chan Order {
	out := make(chan Order)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for o := range in {
				for _, it := range o.Items {
					o.Total += int(it[len(it)-1]-'0')*10 + 5
				}
				out <- o
			}
		}()
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

type result struct {
	mu     sync.Mutex
	byID   map[int]Order
	errors []string
}

func main() {
	res := &result{byID: map[int]Order{}}
	done := make(chan struct{})
	priced := price(generate(12), 3)
	go func() {
		defer close(done)
		for o := range priced {
			res.mu.Lock()
			if o.Total > 100 {
				res.errors = append(res.errors, fmt.Sprintf("order %d over limit", o.ID))
			}
			res.byID[o.ID] = o
			res.mu.Unlock()
		}
	}()
	<-done
	sum := 0
	for id := 1; id <= 12; id++ {
		o := res.byID[id]
		sum += o.Total
		fmt.Printf("%2d %-30s %3d\n", o.ID, strings.Join(o.Items, ","), o.Total)
	}
	fmt.Println("sum", sum, "over-limit count", len(res.errors))
	fmt.Println(len(res.byID) == 12)
}
