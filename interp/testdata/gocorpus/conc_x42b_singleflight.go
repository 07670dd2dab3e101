package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type call struct {
	wg   sync.WaitGroup
	val  any
	err  error
	dups int
}

type Group struct {
	mu sync.Mutex
	m  map[string]*call
}

func (g *Group) Do(key string, fn func() (any, error)) (v any, err error, shared bool) {
	g.mu.Lock()
	if g.m == nil {
		g.m = make(map[string]*call)
	}
	if c, ok := g.m[key]; ok {
		c.dups++
		g.mu.Unlock()
		c.wg.Wait()
		return c.val, c.err, true
	}
	c := new(call)
	c.wg.Add(1)
	g.m[key] = c
	g.mu.Unlock()

	func() {
		defer func() {
			if r := recover(); r != nil {
				c.err = fmt.Errorf("singleflight: panic in %q: %v", key, r)
			}
		}()
		c.val, c.err = fn()
	}()
	c.wg.Done()

	g.mu.Lock()
	delete(g.m, key)
	g.mu.Unlock()
	return c.val, c.err, c.dups > 0
}

func (g *Group) waiters(key string) int {
	g.mu.Lock()
	defer g.mu.Unlock()
	if c, ok := g.m[key]; ok {
		return c.dups
	}
	return -1
}

var errDB = errors.New("db unavailable")

func main() {
	var g Group
	var loads atomic.Int32
	release := make(chan struct{})
	started := make(chan struct{})
	load := func(key string) func() (any, error) {
		return func() (any, error) {
			loads.Add(1)
			close(started)
			<-release
			if key == "user:404" {
				return nil, errDB
			}
			return "profile of " + key, nil
		}
	}

	type result struct {
		id     int
		val    any
		err    error
		shared bool
	}
	results := make(chan result, 10)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		v, err, shared := g.Do("user:7", load("user:7"))
		results <- result{0, v, err, shared}
	}()
	<-started
	for i := 1; i <= 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v, err, shared := g.Do("user:7", func() (any, error) { panic("should not run") })
			results <- result{i, v, err, shared}
		}()
	}
	for g.waiters("user:7") < 4 {
		// wait until all duplicates are parked
		runtimeYield()
	}
	close(release)
	wg.Wait()
	close(results)
	var all []result
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].id < all[j].id })
	for _, r := range all {
		fmt.Printf("caller %d: %v err=%v shared=%v\n", r.id, r.val, r.err, r.shared)
	}
	fmt.Println("loads:", loads.Load(), "pending:", g.waiters("user:7"))

	release, started = make(chan struct{}), make(chan struct{})
	close(release)
	_, err, _ := g.Do("user:404", load("user:404"))
	fmt.Println(err, errors.Is(err, errDB))
	_, err, shared := g.Do("boom", func() (any, error) {
		var s []int
		return s[3], nil
	})
	fmt.Println(err, shared)
}

func runtimeYield() {
	ch := make(chan int)
	go func() { ch <- 1 }()
	<-ch
}
