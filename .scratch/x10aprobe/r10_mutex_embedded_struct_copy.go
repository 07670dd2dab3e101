package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type SafeCounter struct {
	sync.Mutex
	v map[string]int
}

func (c *SafeCounter) Inc(key string) {
	c.Lock()
	c.v[key]++
	c.Unlock()
}

func (c *SafeCounter) Snapshot() string {
	c.Lock()
	defer c.Unlock()
	keys := make([]string, 0, len(c.v))
	for k := range c.v {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&b, "%s=%d ", k, c.v[k])
	}
	return b.String()
}

func main() {
	c := SafeCounter{v: make(map[string]int)}
	var wg sync.WaitGroup
	for i := range 100 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Inc([]string{"x", "y", "z"}[i%3])
		}()
	}
	wg.Wait()
	fmt.Println(c.Snapshot())
	var m sync.Map
	for i := range 5 {
		m.Store(i, i*i)
	}
	v, ok := m.Load(3)
	fmt.Println(v, ok)
	act, loaded := m.LoadOrStore(3, 0)
	fmt.Println(act, loaded)
	sum := 0
	m.Range(func(k, v any) bool { sum += v.(int); return true })
	fmt.Println(sum)
}
