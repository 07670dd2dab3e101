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

func (c *SafeCounter) Snapshot() map[string]int {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := make(map[string]int, len(c.m))
	for k, v := range c.m {
		out[k] = v
	}
	return out
}

type Config struct {
	once sync.Once
	vals map[string]string
	hits int
}

func (c *Config) Get(k string) string {
	c.once.Do(func() {
		c.hits++
		c.vals = map[string]string{"env": "test", "mode": "quiz"}
	})
	return c.vals[k]
}

func main() {
	c := SafeCounter{m: map[string]int{}}
	var wg sync.WaitGroup
	keys := []string{"a", "b", "c"}
	for i := range 300 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Inc(keys[i%3])
		}()
	}
	wg.Wait()
	fmt.Println(c.Snapshot())

	var n atomic.Int64
	var plain int64
	var mu sync.Mutex
	for range 50 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			n.Add(2)
			mu.Lock()
			plain++
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(n.Load(), plain)

	cfg := &Config{}
	for range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_ = cfg.Get("env")
		}()
	}
	wg.Wait()
	fmt.Println(cfg.Get("mode"), cfg.hits)

	// RWMutex with ordered collection
	var rw sync.RWMutex
	data := []int{}
	for i := range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rw.Lock()
			data = append(data, i*i)
			rw.Unlock()
		}()
	}
	wg.Wait()
	rw.RLock()
	sort.Ints(data)
	fmt.Println(data)
	rw.RUnlock()

	// unbuffered channel as handoff: strict ordering ping-pong
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	seq := []int{}
	v := 0
	for range 4 {
		ping <- v
		v = <-pong
		seq = append(seq, v)
	}
	close(ping)
	_, ok := <-pong
	fmt.Println(seq, ok)

	var once sync.Once
	for i := range 3 {
		once.Do(func() { fmt.Println("once with i =", i) })
	}

	ov := sync.OnceValue(func() int { fmt.Println("computing"); return 42 })
	fmt.Println(ov(), ov())
}
