package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

type Cache[K comparable, V any] struct {
	mu     sync.RWMutex
	data   map[K]V
	hits   atomic.Int64
	misses atomic.Int64
	loader func(K) (V, error)
}

func NewCache[K comparable, V any](load func(K) (V, error)) *Cache[K, V] {
	return &Cache[K, V]{data: make(map[K]V), loader: load}
}

func (c *Cache[K, V]) Get(k K) (V, error) {
	c.mu.RLock()
	v, ok := c.data[k]
	c.mu.RUnlock()
	if ok {
		c.hits.Add(1)
		return v, nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if v, ok := c.data[k]; ok {
		c.hits.Add(1)
		return v, nil
	}
	c.misses.Add(1)
	v, err := c.loader(k)
	if err != nil {
		var zero V
		return zero, err
	}
	c.data[k] = v
	return v, nil
}

func (c *Cache[K, V]) Stats() string {
	return fmt.Sprintf("hits=%d misses=%d size=%d", c.hits.Load(), c.misses.Load(), len(c.data))
}

func main() {
	var loads atomic.Int32
	c := NewCache(func(k string) (int, error) {
		loads.Add(1)
		if k == "" {
			return 0, fmt.Errorf("empty key")
		}
		return len(k) * 10, nil
	})
	keys := strings.Fields("apple pear fig apple fig kiwi pear apple")
	var wg sync.WaitGroup
	results := make([]int, len(keys))
	for i, k := range keys {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v, _ := c.Get(k)
			results[i] = v
		}()
	}
	wg.Wait()
	fmt.Println(results)
	fmt.Println(c.Stats(), "loads", loads.Load())
	_, err := c.Get("")
	fmt.Println(err)

	var counter int64
	var wg2 sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			atomic.AddInt64(&counter, 2)
		}()
	}
	wg2.Wait()
	fmt.Println("counter", atomic.LoadInt64(&counter))

	var m sync.Map
	for _, k := range keys {
		actual, loaded := m.LoadOrStore(k, len(k))
		_ = actual
		_ = loaded
	}
	var ks []string
	m.Range(func(k, v any) bool {
		ks = append(ks, fmt.Sprintf("%v=%v", k, v))
		return true
	})
	sort.Strings(ks)
	fmt.Println(ks)
	var flag atomic.Bool
	fmt.Println(flag.CompareAndSwap(false, true), flag.CompareAndSwap(false, true), flag.Load())
}
