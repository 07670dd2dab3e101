package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
	"time"
)

type Store struct {
	mu    sync.RWMutex
	stock map[string]int
	reads atomic.Int64
}

var ErrOutOfStock = errors.New("out of stock")

func (s *Store) Available(item string) int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	s.reads.Add(1)
	return s.stock[item]
}

func (s *Store) Reserve(item string, n int) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.stock[item] < n {
		return fmt.Errorf("reserve %d %s: %w", n, item, ErrOutOfStock)
	}
	s.stock[item] -= n
	return nil
}

type Request struct {
	Customer int
	Item     string
	Qty      int
}

func worker(ctx context.Context, s *Store, reqs <-chan Request, ok, failed *atomic.Int32, mu *sync.Mutex, log map[int][]string) {
	for {
		select {
		case <-ctx.Done():
			return
		case r, more := <-reqs:
			if !more {
				return
			}
			s.Available(r.Item)
			err := s.Reserve(r.Item, r.Qty)
			mu.Lock()
			if err != nil {
				failed.Add(1)
				log[r.Customer] = append(log[r.Customer], "FAIL "+r.Item)
			} else {
				ok.Add(1)
				log[r.Customer] = append(log[r.Customer], fmt.Sprintf("%s x%d", r.Item, r.Qty))
			}
			mu.Unlock()
		}
	}
}

func main() {
	store := &Store{stock: map[string]int{"tv": 5, "radio": 20, "phone": 12}}
	reqs := make(chan Request)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()

	var ok, failed atomic.Int32
	var mu sync.Mutex
	log := map[int][]string{}
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			worker(ctx, store, reqs, &ok, &failed, &mu, log)
		}()
	}
	items := []string{"tv", "radio", "phone"}
	for c := 1; c <= 12; c++ {
		reqs <- Request{Customer: c % 4, Item: items[c%3], Qty: 1 + c%3}
	}
	reqs <- Request{Customer: 3, Item: "camera", Qty: 1}
	close(reqs)
	wg.Wait()

	fmt.Printf("ok=%d failed=%d reads=%d\n", ok.Load(), failed.Load(), store.reads.Load())
	names := make([]string, 0)
	for k := range store.stock {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Printf("%-6s %2d left\n", n, store.Available(n))
	}
	for c := 0; c < 4; c++ {
		entries := log[c]
		sort.Strings(entries)
		fmt.Println(c, entries)
	}

	tctx, tcancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer tcancel()
	slow := make(chan string)
	go func() {
		time.Sleep(200 * time.Millisecond)
		slow <- "late"
	}()
	select {
	case v := <-slow:
		fmt.Println(v)
	case <-tctx.Done():
		fmt.Println("supplier timeout:", tctx.Err(), errors.Is(tctx.Err(), context.DeadlineExceeded))
	}
	err := store.Reserve("tv", 100)
	fmt.Println(err, errors.Is(err, ErrOutOfStock))
}
