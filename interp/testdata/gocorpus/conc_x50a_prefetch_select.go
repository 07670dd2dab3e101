package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type Block struct {
	ID   int
	Data string
}

type Stats struct {
	fetched atomic.Int64
	served  atomic.Int64
}

func fetcher(id int, reqs <-chan int, out chan<- Block, st *Stats, wg *sync.WaitGroup) {
	defer wg.Done()
	for b := range reqs {
		st.fetched.Add(1)
		out <- Block{ID: b, Data: fmt.Sprintf("blk%03d/w%d", b, id%1)}
	}
}

func main() {
	var st Stats
	reqs := make(chan int, 4)
	out := make(chan Block, 4)
	quit := make(chan struct{})
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go fetcher(i, reqs, out, &st, &wg)
	}

	cache := map[int]Block{}
	want := []int{7, 3, 9, 3, 1, 7, 12, 1, 5, 9}
	pending := map[int]bool{}
	go func() {
		for _, b := range want {
			reqs <- b
		}
		close(reqs)
		wg.Wait()
		close(quit)
	}()
	dup := 0
loop:
	for {
		select {
		case b := <-out:
			if _, ok := cache[b.ID]; ok {
				dup++
			}
			cache[b.ID] = b
			pending[b.ID] = true
		case <-quit:
			// drain anything left
			for {
				select {
				case b := <-out:
					if _, ok := cache[b.ID]; ok {
						dup++
					}
					cache[b.ID] = b
				default:
					break loop
				}
			}
		}
	}
	ids := make([]int, 0, len(cache))
	for id := range cache {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	for _, id := range ids {
		st.served.Add(1)
		fmt.Printf("%2d => %s\n", id, cache[id].Data)
	}
	fmt.Println("fetched:", st.fetched.Load(), "served:", st.served.Load(), "duplicates:", dup)

	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := 0
	var done sync.WaitGroup
	for i := 0; i < 4; i++ {
		done.Add(1)
		go func() {
			defer done.Done()
			mu.Lock()
			ready++
			cond.Broadcast()
			mu.Unlock()
		}()
	}
	mu.Lock()
	for ready < 4 {
		cond.Wait()
	}
	mu.Unlock()
	done.Wait()
	fmt.Println("all", ready, "workers ready")
}
