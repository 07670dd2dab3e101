package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

// SafeCounter is safe to use concurrently.
type SafeCounter struct {
	mu sync.Mutex
	v  map[string]int
}

// Inc increments the counter for the given key.
func (c *SafeCounter) Inc(key string) {
	c.mu.Lock()
	// Lock so only one goroutine at a time can access the map c.v.
	c.v[key]++
	c.mu.Unlock()
}

// Value returns the current value of the counter for the given key.
func (c *SafeCounter) Value(key string) int {
	c.mu.Lock()
	// Lock so only one goroutine at a time can access the map c.v.
	defer c.mu.Unlock()
	return c.v[key]
}

type Cache struct {
	sync.RWMutex
	data   map[int]string
	misses atomic.Int64
}

func (c *Cache) Get(k int) (string, bool) {
	c.RLock()
	defer c.RUnlock()
	v, ok := c.data[k]
	if !ok {
		c.misses.Add(1)
	}
	return v, ok
}

func (c *Cache) Put(k int, v string) {
	c.Lock()
	c.data[k] = v
	c.Unlock()
}

var (
	configOnce sync.Once
	config     map[string]string
)

func loadConfig() map[string]string {
	configOnce.Do(func() {
		fmt.Println("loading config (once)")
		config = map[string]string{"mode": "fast"}
	})
	return config
}

func main() {
	c := SafeCounter{v: make(map[string]int)}
	var wg sync.WaitGroup
	for i := 0; i < 1000; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Inc("somekey")
		}()
	}
	wg.Wait()
	fmt.Println(c.Value("somekey"))

	cache := &Cache{data: map[int]string{}}
	for i := 0; i < 10; i += 2 {
		cache.Put(i, fmt.Sprint("v", i))
	}
	var hits atomic.Int32
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(k int) {
			defer wg.Done()
			if _, ok := cache.Get(k); ok {
				hits.Add(1)
			}
		}(i)
	}
	wg.Wait()
	fmt.Println("hits", hits.Load(), "misses", cache.misses.Load())

	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_ = loadConfig()
		}()
	}
	wg.Wait()
	fmt.Println(loadConfig()["mode"])

	var ops uint64
	var mu sync.Mutex
	seen := []int{}
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := 0; j < 250; j++ {
				atomic.AddUint64(&ops, 1)
			}
			mu.Lock()
			seen = append(seen, id)
			mu.Unlock()
		}(w)
	}
	wg.Wait()
	sort.Ints(seen)
	fmt.Println("ops:", atomic.LoadUint64(&ops), seen)

	var val atomic.Value
	val.Store([]string{"a", "b"})
	fmt.Println(val.Load().([]string))
	var flag atomic.Bool
	fmt.Println(flag.CompareAndSwap(false, true), flag.Load())
}
