package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type GradBuffer struct {
	mu    sync.Mutex
	grads map[string]float64
	adds  atomic.Int64
}

func (g *GradBuffer) Add(name string, v float64) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.grads == nil {
		g.grads = make(map[string]float64)
	}
	g.grads[name] += v
	g.adds.Add(1)
}

func (g *GradBuffer) Snapshot() []string {
	g.mu.Lock()
	defer g.mu.Unlock()
	keys := make([]string, 0, len(g.grads))
	for k := range g.grads {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	out := make([]string, len(keys))
	for i, k := range keys {
		out[i] = fmt.Sprintf("%s=%.2f", k, g.grads[k])
	}
	return out
}

func main() {
	var buf GradBuffer
	samples := [][2]float64{{1, 2}, {2, 1}, {-1, 3}, {0.5, 0.5}, {3, -2}, {1, 1}}
	w := [2]float64{0.5, -0.25}
	var wg sync.WaitGroup
	for i, s := range samples {
		wg.Add(1)
		go func() {
			defer wg.Done()
			pred := w[0]*s[0] + w[1]*s[1]
			target := float64(i % 2)
			d := pred - target
			buf.Add("w0", d*s[0])
			buf.Add("w1", d*s[1])
			buf.Add("loss", 0.5*d*d)
		}()
	}
	wg.Wait()
	fmt.Println(buf.Snapshot())
	fmt.Println("adds:", buf.adds.Load())

	var once sync.Once
	initW := func() { fmt.Println("initialising weights once") }
	for range 3 {
		once.Do(initW)
	}
	var rw sync.RWMutex
	cache := map[int]float64{}
	var hits atomic.Int32
	var wg2 sync.WaitGroup
	for i := range 8 {
		wg2.Add(1)
		go func(k int) {
			defer wg2.Done()
			rw.RLock()
			_, ok := cache[k%3]
			rw.RUnlock()
			if ok {
				hits.Add(1)
				return
			}
			rw.Lock()
			cache[k%3] = float64(k % 3)
			rw.Unlock()
		}(i)
	}
	wg2.Wait()
	fmt.Println("cache size:", len(cache), "hits+misses covers 8:", hits.Load() <= 8)
}
