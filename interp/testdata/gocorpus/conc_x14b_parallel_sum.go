package main

import (
	"fmt"
	"math"
	"sync"
	"sync/atomic"
)

func parallelMap(xs []float64, workers int, f func(float64) float64) []float64 {
	out := make([]float64, len(xs))
	var wg sync.WaitGroup
	chunk := (len(xs) + workers - 1) / workers
	for w := 0; w < workers; w++ {
		lo := w * chunk
		hi := min(lo+chunk, len(xs))
		if lo >= hi {
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := lo; i < hi; i++ {
				out[i] = f(xs[i])
			}
		}()
	}
	wg.Wait()
	return out
}

type Stats struct {
	mu    sync.Mutex
	count map[string]int
}

func (s *Stats) Inc(k string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.count[k]++
}

func main() {
	xs := make([]float64, 1000)
	for i := range xs {
		xs[i] = float64(i) / 1000
	}
	ys := parallelMap(xs, 4, func(x float64) float64 { return math.Sin(x) * math.Sin(x) })
	sum := 0.0
	for _, y := range ys {
		sum += y
	}
	fmt.Printf("integral approx %.6f\n", sum/1000)

	var ops atomic.Int64
	var hits int32
	st := &Stats{count: map[string]int{}}
	var wg sync.WaitGroup
	for i := range 50 {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			ops.Add(int64(n))
			if n%7 == 0 {
				atomic.AddInt32(&hits, 1)
			}
			st.Inc([]string{"even", "odd"}[n%2])
		}(i)
	}
	wg.Wait()
	fmt.Println(ops.Load(), atomic.LoadInt32(&hits), st.count)

	results := make([]chan string, 5)
	for i := range results {
		results[i] = make(chan string, 1)
		go func(i int) { results[i] <- fmt.Sprintf("task%d=%d", i, i*i) }(i)
	}
	for _, ch := range results {
		fmt.Print(<-ch, " ")
	}
	fmt.Println()
	sem := make(chan struct{}, 2)
	var maxActive, active atomic.Int32
	var wg2 sync.WaitGroup
	for range 10 {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			sem <- struct{}{}
			n := active.Add(1)
			for {
				m := maxActive.Load()
				if n <= m || maxActive.CompareAndSwap(m, n) {
					break
				}
			}
			active.Add(-1)
			<-sem
		}()
	}
	wg2.Wait()
	fmt.Println("max active <= 2:", maxActive.Load() <= 2)
}
