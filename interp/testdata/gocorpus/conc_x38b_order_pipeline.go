package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

type Order struct {
	ID       int
	Customer string
	Amount   float64
}

type Result struct {
	Order Order
	Fee   float64
	Err   error
}

var ErrFraud = errors.New("flagged as fraud")

func validate(in <-chan Order) <-chan Order {
	out := make(chan Order)
	go func() {
		defer close(out)
		for o := range in {
			if o.Amount > 0 {
				out <- o
			}
		}
	}()
	return out
}

func process(id int, in <-chan Order, out chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	for o := range in {
		r := Result{Order: o}
		switch {
		case o.Amount > 5000:
			r.Err = fmt.Errorf("order %d: %w", o.ID, ErrFraud)
		case o.Amount > 100:
			r.Fee = o.Amount * 0.02
		default:
			r.Fee = 1.5
		}
		out <- r
	}
}

func main() {
	orders := []Order{
		{1, "ann", 50}, {2, "bob", 250}, {3, "cat", -10}, {4, "dan", 9000},
		{5, "ann", 120}, {6, "eve", 0}, {7, "bob", 75.25}, {8, "cat", 4999.99},
	}
	src := make(chan Order)
	go func() {
		defer close(src)
		for _, o := range orders {
			src <- o
		}
	}()
	valid := validate(src)
	results := make(chan Result, len(orders))
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go process(i, valid, results, &wg)
	}
	go func() {
		wg.Wait()
		close(results)
	}()

	var all []Result
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].Order.ID < all[j].Order.ID })
	perCustomer := map[string]float64{}
	fees := 0.0
	for _, r := range all {
		if r.Err != nil {
			fmt.Printf("order %d rejected: %v (fraud=%t)\n", r.Order.ID, r.Err, errors.Is(r.Err, ErrFraud))
			continue
		}
		fees += r.Fee
		perCustomer[r.Order.Customer] += r.Order.Amount
		fmt.Printf("order %d %-4s %8.2f fee %6.2f\n", r.Order.ID, r.Order.Customer, r.Order.Amount, r.Fee)
	}
	fmt.Printf("fees: %.2f\n", fees)
	fmt.Println(perCustomer)

	done := make(chan struct{})
	ticks := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			ticks <- i
		}
		close(done)
	}()
	count := 0
	for loop := true; loop; {
		select {
		case t := <-ticks:
			count += t
		case <-done:
			loop = false
		}
	}
	fmt.Println("ticks summed:", count)
}
