package main

import (
	"fmt"
	"strings"
	"sync"
	"time"
)

type Clock interface{ Now() time.Time }

type manualClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *manualClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *manualClock) Add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

type Limiter interface {
	Allow(key string) bool
}

type TokenBucket struct {
	mu       sync.Mutex
	clock    Clock
	rate     float64 // tokens per second
	capacity float64
	buckets  map[string]*bucket
}

type bucket struct {
	tokens float64
	last   time.Time
}

func NewTokenBucket(c Clock, perSecond, burst float64) *TokenBucket {
	return &TokenBucket{clock: c, rate: perSecond, capacity: burst, buckets: map[string]*bucket{}}
}

func (tb *TokenBucket) Allow(key string) bool {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	now := tb.clock.Now()
	b, ok := tb.buckets[key]
	if !ok {
		b = &bucket{tokens: tb.capacity, last: now}
		tb.buckets[key] = b
	}
	elapsed := now.Sub(b.last).Seconds()
	b.tokens = min(tb.capacity, b.tokens+elapsed*tb.rate)
	b.last = now
	if b.tokens >= 1 {
		b.tokens--
		return true
	}
	return false
}

type LimiterFunc func(string) bool

func (f LimiterFunc) Allow(k string) bool { return f(k) }

func AllOf(ls ...Limiter) Limiter {
	return LimiterFunc(func(k string) bool {
		for _, l := range ls {
			if !l.Allow(k) {
				return false
			}
		}
		return true
	})
}

func main() {
	clk := &manualClock{t: time.Unix(1_700_000_000, 0)}
	perUser := NewTokenBucket(clk, 2, 3)
	global := NewTokenBucket(clk, 5, 5)
	lim := AllOf(LimiterFunc(func(k string) bool { return !strings.HasPrefix(k, "banned") }), perUser, global)

	pattern := []string{"ann", "ann", "ann", "ann", "bob", "banned-eve", "ann", "bob"}
	for tick := 0; tick < 4; tick++ {
		var row []string
		for _, u := range pattern {
			mark := "-"
			if lim.Allow(u) {
				mark = "+"
			}
			row = append(row, u[:1]+mark)
		}
		fmt.Printf("t=%4dms %s\n", tick*500, strings.Join(row, " "))
		clk.Add(500 * time.Millisecond)
	}

	var wg sync.WaitGroup
	var mu sync.Mutex
	allowed := 0
	clk.Add(10 * time.Second)
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if perUser.Allow("burst") {
				mu.Lock()
				allowed++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("concurrent burst allowed:", allowed)
	fmt.Printf("ann tokens %.2f, keys %d\n", perUser.buckets["ann"].tokens, len(perUser.buckets))
}
