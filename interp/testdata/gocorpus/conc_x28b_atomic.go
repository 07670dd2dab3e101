package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// count++ from many goroutines is a data race; use sync/atomic or a mutex.
// atomic.Int64 and friends cannot be copied after first use either.

type Metrics struct {
	requests atomic.Int64
	errors   atomic.Int32
	maxSize  atomic.Int64
	ready    atomic.Bool
	lastPath atomic.Pointer[string]
	config   atomic.Value
}

func (m *Metrics) Observe(size int64, failed bool, path string) {
	m.requests.Add(1)
	if failed {
		m.errors.Add(1)
	}
	for {
		cur := m.maxSize.Load()
		if size <= cur || m.maxSize.CompareAndSwap(cur, size) {
			break
		}
	}
	m.lastPath.Store(&path)
}

type Config struct {
	Name    string
	Workers int
}

func main() {
	var m Metrics
	m.config.Store(Config{Name: "initial", Workers: 1})
	var wg sync.WaitGroup
	for i := range 50 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			m.Observe(int64(i*37%101), i%7 == 0, "/same")
		}()
	}
	wg.Wait()
	m.ready.Store(true)
	fmt.Println("requests:", m.requests.Load())
	fmt.Println("errors:", m.errors.Load())
	fmt.Println("max size:", m.maxSize.Load())
	fmt.Println("ready:", m.ready.Load(), "last:", *m.lastPath.Load())

	old := m.config.Swap(Config{Name: "reloaded", Workers: 8})
	fmt.Printf("%+v -> %+v\n", old, m.config.Load().(Config))

	// Plain functions on ordinary integers.
	var hits uint32
	var total int64
	for i := range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			atomic.AddUint32(&hits, 1)
			atomic.AddInt64(&total, int64(i))
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadUint32(&hits), atomic.LoadInt64(&total))

	// Decrementing an unsigned counter.
	atomic.AddUint32(&hits, ^uint32(0))
	fmt.Println("after decrement:", hits)

	// CompareAndSwap as a one-shot guard.
	var started atomic.Bool
	winners := atomic.Int32{}
	for range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if started.CompareAndSwap(false, true) {
				winners.Add(1)
			}
		}()
	}
	wg.Wait()
	fmt.Println("winners:", winners.Load())

	// Mutex-protected counter for comparison.
	var mu sync.Mutex
	counter := 0
	for range 100 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			counter++
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println("counter:", counter)
}
