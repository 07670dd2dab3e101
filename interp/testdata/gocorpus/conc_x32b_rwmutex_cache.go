package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

type Cache struct {
	mu     sync.RWMutex
	data   map[string]string
	loads  atomic.Int64
	hits   atomic.Int64
	loader func(string) string
}

func NewCache(loader func(string) string) *Cache {
	return &Cache{data: make(map[string]string), loader: loader}
}

func (c *Cache) Get(key string) string {
	c.mu.RLock()
	v, ok := c.data[key]
	c.mu.RUnlock()
	if ok {
		c.hits.Add(1)
		return v
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if v, ok := c.data[key]; ok {
		c.hits.Add(1)
		return v
	}
	c.loads.Add(1)
	v = c.loader(key)
	c.data[key] = v
	return v
}

func (c *Cache) Keys() []string {
	c.mu.RLock()
	defer c.mu.RUnlock()
	keys := make([]string, 0, len(c.data))
	for k := range c.data {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func main() {
	c := NewCache(func(k string) string { return strings.Repeat(k, 2) })
	keys := []string{"a", "b", "c", "d"}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				c.Get(keys[(g+i)%len(keys)])
			}
		}(g)
	}
	wg.Wait()
	fmt.Println("keys:", c.Keys())
	fmt.Println("loads:", c.loads.Load(), "hits:", c.hits.Load(), "total:", c.loads.Load()+c.hits.Load())

	var counter int64
	var wg2 sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			atomic.AddInt64(&counter, 2)
		}()
	}
	wg2.Wait()
	fmt.Println("counter:", atomic.LoadInt64(&counter))

	var sm sync.Map
	for i, w := range []string{"x", "y", "z", "x"} {
		actual, loaded := sm.LoadOrStore(w, i)
		fmt.Println(w, actual, loaded)
	}
	var entries []string
	sm.Range(func(k, v any) bool {
		entries = append(entries, fmt.Sprintf("%v:%v", k, v))
		return true
	})
	sort.Strings(entries)
	fmt.Println(entries)

	cond := sync.NewCond(&sync.Mutex{})
	ready := false
	var order []string
	var wg3 sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg3.Add(1)
		go func(id int) {
			defer wg3.Done()
			cond.L.Lock()
			for !ready {
				cond.Wait()
			}
			order = append(order, fmt.Sprint("w", id))
			cond.L.Unlock()
		}(i)
	}
	cond.L.Lock()
	ready = true
	cond.Broadcast()
	cond.L.Unlock()
	wg3.Wait()
	sort.Strings(order)
	fmt.Println(order)

	var flag atomic.Bool
	fmt.Println(flag.CompareAndSwap(false, true), flag.CompareAndSwap(false, true), flag.Load())
	var v atomic.Value
	v.Store([]int{1, 2})
	fmt.Println(v.Load().([]int))

	pool := sync.Pool{New: func() any { return new(strings.Builder) }}
	sb := pool.Get().(*strings.Builder)
	sb.WriteString("pooled")
	fmt.Println(sb.String())
	sb.Reset()
	pool.Put(sb)
}
