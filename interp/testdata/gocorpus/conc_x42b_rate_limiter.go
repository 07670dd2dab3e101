package main

import (
	"fmt"
	"sync"
	"time"
)

type Clock interface {
	Now() time.Time
}

type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

type TokenBucket struct {
	mu       sync.Mutex
	clock    Clock
	rate     float64 // tokens per second
	capacity float64
	tokens   float64
	last     time.Time
}

func NewTokenBucket(c Clock, rate float64, burst int) *TokenBucket {
	return &TokenBucket{clock: c, rate: rate, capacity: float64(burst), tokens: float64(burst), last: c.Now()}
}

func (b *TokenBucket) refill() {
	now := b.clock.Now()
	elapsed := now.Sub(b.last).Seconds()
	b.last = now
	b.tokens = min(b.capacity, b.tokens+elapsed*b.rate)
}

func (b *TokenBucket) Allow() bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.refill()
	if b.tokens >= 1 {
		b.tokens--
		return true
	}
	return false
}

func (b *TokenBucket) String() string {
	return fmt.Sprintf("bucket(%.2f/%.0f @ %.1f/s)", b.tokens, b.capacity, b.rate)
}

type PerKey struct {
	mu      sync.Mutex
	buckets map[string]*TokenBucket
	newFn   func() *TokenBucket
}

func (p *PerKey) Allow(key string) bool {
	p.mu.Lock()
	b, ok := p.buckets[key]
	if !ok {
		b = p.newFn()
		p.buckets[key] = b
	}
	p.mu.Unlock()
	return b.Allow()
}

func main() {
	clk := &fakeClock{t: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)}
	tb := NewTokenBucket(clk, 2, 3)
	var line []byte
	for i := 0; i < 10; i++ {
		if tb.Allow() {
			line = append(line, '+')
		} else {
			line = append(line, '.')
		}
		clk.Advance(200 * time.Millisecond)
	}
	fmt.Println(string(line), tb)

	pk := &PerKey{buckets: map[string]*TokenBucket{}, newFn: func() *TokenBucket {
		return NewTokenBucket(clk, 1, 5)
	}}
	var wg sync.WaitGroup
	var mu sync.Mutex
	allowed := map[string]int{}
	for _, user := range []string{"ann", "ben", "cat"} {
		for i := 0; i < 8; i++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				if pk.Allow(user) {
					mu.Lock()
					allowed[user]++
					mu.Unlock()
				}
			}()
		}
	}
	wg.Wait()
	fmt.Println("allowed per user:", allowed)

	clk.Advance(2500 * time.Millisecond)
	for _, u := range []string{"ann", "ben"} {
		n := 0
		for pk.Allow(u) {
			n++
		}
		fmt.Printf("%s after 2.5s: %d more\n", u, n)
	}
	fmt.Printf("%v\n", pk.buckets["cat"])
}
