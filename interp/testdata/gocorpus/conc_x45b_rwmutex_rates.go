package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type RateCache struct {
	mu     sync.RWMutex
	rates  map[string]int64 // micro-units per USD
	loads  atomic.Int64
	hits   atomic.Int64
	once   sync.Once
	source func(string) int64
}

func (c *RateCache) init() {
	c.once.Do(func() {
		c.rates = make(map[string]int64)
		fmt.Println("cache initialised")
	})
}

func (c *RateCache) Get(code string) int64 {
	c.init()
	c.mu.RLock()
	r, ok := c.rates[code]
	c.mu.RUnlock()
	if ok {
		c.hits.Add(1)
		return r
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if r, ok := c.rates[code]; ok {
		c.hits.Add(1)
		return r
	}
	c.loads.Add(1)
	r = c.source(code)
	c.rates[code] = r
	return r
}

func main() {
	table := map[string]int64{"EUR": 921500, "GBP": 789300, "JPY": 151370000, "CAD": 1358000}
	c := &RateCache{source: func(code string) int64 { return table[code] }}
	codes := []string{"EUR", "GBP", "JPY", "CAD"}
	amounts := []int64{10000, 2550, 999, 123456}
	var wg sync.WaitGroup
	var mu sync.Mutex
	converted := map[string]int64{}
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 25; i++ {
				code := codes[(g+i)%len(codes)]
				amt := amounts[i%len(amounts)]
				v := amt * c.Get(code) / 1000000
				mu.Lock()
				converted[code] += v
				mu.Unlock()
			}
		}(g)
	}
	wg.Wait()
	keys := make([]string, 0, len(converted))
	for k := range converted {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s %14d\n", k, converted[k])
	}
	fmt.Println("loads:", c.loads.Load(), "total lookups:", c.loads.Load()+c.hits.Load())
}
