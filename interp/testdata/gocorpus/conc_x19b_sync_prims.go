package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type SafeCounter struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *SafeCounter) Inc(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[key]++
}

type Config struct {
	once sync.Once
	vals map[string]string
	load int
}

func (c *Config) Get(k string) string {
	c.once.Do(func() {
		c.load++
		c.vals = map[string]string{"host": "localhost", "port": "8080"}
	})
	return c.vals[k]
}

type Cache struct {
	mu   sync.RWMutex
	data map[int]int
}

func (c *Cache) Get(k int) (int, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.data[k]
	return v, ok
}

func (c *Cache) Put(k, v int) {
	c.mu.Lock()
	c.data[k] = v
	c.mu.Unlock()
}

func main() {
	c := SafeCounter{m: make(map[string]int)}
	var wg sync.WaitGroup
	for i := range 50 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Inc([]string{"x", "y", "z"}[i%3])
		}()
	}
	wg.Wait()
	fmt.Println(c.m)

	cfg := &Config{}
	for range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_ = cfg.Get("host")
		}()
	}
	wg.Wait()
	fmt.Println(cfg.Get("port"), cfg.load)

	var n atomic.Int64
	var hits int32
	for i := range 100 {
		wg.Go(func() {
			n.Add(int64(i))
			atomic.AddInt32(&hits, 1)
		})
	}
	wg.Wait()
	fmt.Println(n.Load(), atomic.LoadInt32(&hits))

	cache := &Cache{data: map[int]int{}}
	for i := range 8 {
		wg.Add(1)
		go func(k int) {
			defer wg.Done()
			cache.Put(k, k*k)
		}(i)
	}
	wg.Wait()
	var keys []int
	for k := range cache.data {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	v, ok := cache.Get(7)
	fmt.Println(keys, v, ok)

	onceVal := sync.OnceValue(func() int {
		fmt.Println("computing once")
		return 42
	})
	fmt.Println(onceVal(), onceVal())

	var m sync.Map
	m.Store("a", 1)
	m.Store("b", 2)
	val, loaded := m.LoadOrStore("a", 100)
	fmt.Println(val, loaded)
}
