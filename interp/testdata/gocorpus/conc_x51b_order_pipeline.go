package main

import (
	"context"
	"fmt"
	"sort"
	"sync"
	"time"
)

type Order struct {
	ID    int
	Total float64
}

type Result struct {
	OrderID int
	Fee     float64
	Err     error
}

func generate(ctx context.Context, orders []Order) <-chan Order {
	out := make(chan Order)
	go func() {
		defer close(out)
		for _, o := range orders {
			select {
			case out <- o:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func process(ctx context.Context, in <-chan Order, workers int) <-chan Result {
	out := make(chan Result, workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for o := range in {
				r := Result{OrderID: o.ID}
				if o.Total <= 0 {
					r.Err = fmt.Errorf("order %d: invalid total %.2f", o.ID, o.Total)
				} else {
					r.Fee = o.Total*0.029 + 0.30
				}
				select {
				case out <- r:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	orders := []Order{{1, 100}, {2, 0}, {3, 49.99}, {4, 1250.5}, {5, -4}, {6, 19.95}}
	var results []Result
	for r := range process(ctx, generate(ctx, orders), 3) {
		results = append(results, r)
	}
	sort.Slice(results, func(i, j int) bool { return results[i].OrderID < results[j].OrderID })
	var fees float64
	for _, r := range results {
		if r.Err != nil {
			fmt.Println("ERR", r.Err)
			continue
		}
		fees += r.Fee
		fmt.Printf("order %d fee %.2f\n", r.OrderID, r.Fee)
	}
	fmt.Printf("total fees %.2f\n", fees)

	ctx2, cancel2 := context.WithCancel(context.Background())
	cancel2()
	n := 0
	for range generate(ctx2, orders) {
		n++
	}
	fmt.Println("after cancel received <=", n <= len(orders), ctx2.Err())
}
