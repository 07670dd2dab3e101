package main

import (
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
)

type Order struct {
	ID    int
	Items []string
}

type Packed struct {
	Order
	Weight int
	Worker int
}

func pack(id int, in <-chan Order, out chan<- Packed, processed *atomic.Int64) {
	for o := range in {
		w := 0
		for _, it := range o.Items {
			w += len(it)
		}
		processed.Add(1)
		out <- Packed{o, w, id}
	}
}

func merge[T any](chans ...<-chan T) <-chan T {
	out := make(chan T)
	var wg sync.WaitGroup
	for _, c := range chans {
		wg.Add(1)
		go func(c <-chan T) {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}(c)
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

func main() {
	orders := []Order{
		{1, []string{"book", "pen"}}, {2, []string{"laptop"}}, {3, []string{"mug", "tea", "spoon"}},
		{4, nil}, {5, []string{"keyboard", "mouse"}}, {6, []string{"lamp"}},
	}
	src := make(chan Order)
	go func() {
		defer close(src)
		for _, o := range orders {
			src <- o
		}
	}()
	var processed atomic.Int64
	var outs []<-chan Packed
	for w := 1; w <= 3; w++ {
		c := make(chan Packed)
		outs = append(outs, c)
		go func() {
			defer close(c)
			pack(w, src, c, &processed)
		}()
	}
	byID := map[int]Packed{}
	workers := map[int]bool{}
	for p := range merge(outs...) {
		byID[p.ID] = p
		workers[p.Worker] = true
	}
	for id := 1; id <= len(orders); id++ {
		p := byID[id]
		fmt.Printf("order %d: %-22s weight %2d\n", p.ID, strings.Join(p.Items, ","), p.Weight)
	}
	fmt.Println("processed:", processed.Load(), "workers used <= 3:", len(workers) <= 3)

	results := make([]string, 5)
	var wg sync.WaitGroup
	var mu sync.Mutex
	order := []int{}
	turn := make([]chan struct{}, 6)
	for i := range turn {
		turn[i] = make(chan struct{})
	}
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-turn[i]
			mu.Lock()
			order = append(order, i)
			mu.Unlock()
			results[i] = strings.Repeat("*", i+1)
			close(turn[i+1])
		}()
	}
	close(turn[0])
	wg.Wait()
	fmt.Println(order, results)

	var counter int32
	var wg2 sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg2.Add(1)
		go func() { defer wg2.Done(); atomic.AddInt32(&counter, 2) }()
	}
	wg2.Wait()
	var flag atomic.Bool
	fmt.Println(atomic.LoadInt32(&counter), flag.CompareAndSwap(false, true), flag.Load())
	cond := sync.NewCond(&sync.Mutex{})
	ready := false
	done := make(chan string)
	go func() {
		cond.L.Lock()
		for !ready {
			cond.Wait()
		}
		cond.L.Unlock()
		done <- "woke up"
	}()
	cond.L.Lock()
	ready = true
	cond.Broadcast()
	cond.L.Unlock()
	fmt.Println(<-done)
}
