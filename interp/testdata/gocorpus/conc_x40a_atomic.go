package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Stats struct {
	hits   atomic.Int64
	misses atomic.Int64
	max    atomic.Int32
}

func (s *Stats) observe(v int32) {
	for {
		cur := s.max.Load()
		if v <= cur || s.max.CompareAndSwap(cur, v) {
			return
		}
	}
}

func main() {
	var ops atomic.Uint64
	var wg sync.WaitGroup
	for range 50 {
		wg.Add(1)
		go func() {
			for range 1000 {
				ops.Add(1)
			}
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println("ops:", ops.Load())

	var legacy int32
	var wg2 sync.WaitGroup
	for i := range 20 {
		wg2.Add(1)
		go func(n int) {
			defer wg2.Done()
			atomic.AddInt32(&legacy, int32(n))
		}(i)
	}
	wg2.Wait()
	fmt.Println("legacy:", atomic.LoadInt32(&legacy))

	var s Stats
	var wg3 sync.WaitGroup
	for i := range 100 {
		wg3.Add(1)
		go func() {
			defer wg3.Done()
			if i%3 == 0 {
				s.hits.Add(1)
			} else {
				s.misses.Add(1)
			}
			s.observe(int32(i * 7 % 101))
		}()
	}
	wg3.Wait()
	fmt.Println(s.hits.Load(), s.misses.Load(), s.max.Load())

	var flag atomic.Bool
	fmt.Println(flag.Load(), flag.Swap(true), flag.Load())
	var v atomic.Value
	v.Store([]string{"cfg", "v1"})
	fmt.Println(v.Load().([]string))
	var p atomic.Pointer[string]
	name := "alpha"
	p.Store(&name)
	fmt.Println(*p.Load())
}
