package main

import (
	"context"
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type Stats struct {
	steps   atomic.Int64
	skipped atomic.Int32
}

var (
	initOnce sync.Once
	table    []float64
)

func lookup() []float64 {
	initOnce.Do(func() {
		fmt.Println("building lookup table once")
		for i := 0; i < 8; i++ {
			table = append(table, float64(i)*0.5)
		}
	})
	return table
}

func worker(ctx context.Context, id int, jobs <-chan int, st *Stats, mu *sync.Mutex, grads map[int]float64) {
	for {
		select {
		case <-ctx.Done():
			return
		case j, ok := <-jobs:
			if !ok {
				return
			}
			t := lookup()
			if j%5 == 4 {
				st.skipped.Add(1)
				continue
			}
			g := 2 * (t[j%len(t)] - 1)
			mu.Lock()
			grads[j] = g + float64(id-id)
			mu.Unlock()
			st.steps.Add(1)
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	jobs := make(chan int)
	var st Stats
	var mu sync.Mutex
	grads := map[int]float64{}
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			worker(ctx, id, jobs, &st, &mu, grads)
		}(i)
	}
	for j := 0; j < 20; j++ {
		jobs <- j
	}
	close(jobs)
	wg.Wait()
	fmt.Println("steps:", st.steps.Load(), "skipped:", st.skipped.Load())
	keys := make([]int, 0, len(grads))
	for k := range grads {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	sum := 0.0
	for _, k := range keys {
		sum += grads[k]
	}
	fmt.Printf("first keys %v sum of grads %.2f\n", keys[:5], sum)

	ctx2, cancel2 := context.WithCancel(context.Background())
	cancel2()
	<-ctx2.Done()
	fmt.Println("ctx2:", ctx2.Err())
	var flag atomic.Bool
	flag.Store(true)
	var cnt uint64
	atomic.AddUint64(&cnt, 41)
	atomic.AddUint64(&cnt, 1)
	fmt.Println(flag.Load(), atomic.LoadUint64(&cnt))
}
