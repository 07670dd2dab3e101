package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

type Loader func(key string) (string, error)

type Cache struct {
	m        sync.Map
	loads    atomic.Int64
	loader   Loader
	mu       sync.Mutex
	inflight map[string]*call
}

type call struct {
	wg  sync.WaitGroup
	val string
	err error
}

func (c *Cache) Get(key string) (string, error) {
	if v, ok := c.m.Load(key); ok {
		return v.(string), nil
	}
	c.mu.Lock()
	if cl, ok := c.inflight[key]; ok {
		c.mu.Unlock()
		cl.wg.Wait()
		return cl.val, cl.err
	}
	cl := &call{}
	cl.wg.Add(1)
	c.inflight[key] = cl
	c.mu.Unlock()

	cl.val, cl.err = c.loader(key)
	c.loads.Add(1)
	if cl.err == nil {
		c.m.Store(key, cl.val)
	}
	cl.wg.Done()
	c.mu.Lock()
	delete(c.inflight, key)
	c.mu.Unlock()
	return cl.val, cl.err
}

func main() {
	c := &Cache{inflight: map[string]*call{}}
	c.loader = func(k string) (string, error) {
		if strings.HasPrefix(k, "bad") {
			return "", fmt.Errorf("cannot load %q", k)
		}
		return strings.ToUpper(k) + "!", nil
	}
	keys := []string{"alpha", "beta", "alpha", "gamma", "beta", "alpha", "bad1"}
	results := make([]string, 20*len(keys))
	var wg sync.WaitGroup
	for r := range 20 {
		for i, k := range keys {
			wg.Add(1)
			go func() {
				defer wg.Done()
				v, err := c.Get(k)
				if err != nil {
					v = "ERR:" + err.Error()
				}
				results[r*len(keys)+i] = v
			}()
		}
	}
	wg.Wait()
	fmt.Println(results[:len(keys)])
	same := true
	for r := 1; r < 20; r++ {
		for i := range keys {
			if results[r*len(keys)+i] != results[i] {
				same = false
			}
		}
	}
	fmt.Println("all rounds agree:", same)
	fmt.Println("loads at least 3:", c.loads.Load() >= 3)
	var stored []string
	c.m.Range(func(k, v any) bool {
		stored = append(stored, fmt.Sprintf("%v=%v", k, v))
		return true
	})
	sort.Strings(stored)
	fmt.Println(stored)
	v, loaded := c.m.LoadOrStore("alpha", "other")
	fmt.Println(v, loaded)
	v, loaded = c.m.LoadOrStore("delta", "D")
	fmt.Println(v, loaded)
	c.m.Delete("beta")
	_, ok := c.m.Load("beta")
	fmt.Println(ok)
}
