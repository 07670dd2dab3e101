package main

import (
	"fmt"
	"sort"
	"sync"
)

// TokenBucket driven by a virtual clock so output is deterministic.
type TokenBucket struct {
	mu       sync.Mutex
	capacity int
	tokens   int
	refill   int // tokens per tick
	last     int
}

func (b *TokenBucket) Allow(now int) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	if elapsed := now - b.last; elapsed > 0 {
		b.tokens = min(b.capacity, b.tokens+elapsed*b.refill)
		b.last = now
	}
	if b.tokens > 0 {
		b.tokens--
		return true
	}
	return false
}

type Limiter struct {
	mu      sync.Mutex
	buckets map[string]*TokenBucket
	newB    func() *TokenBucket
}

func (l *Limiter) For(key string) *TokenBucket {
	l.mu.Lock()
	defer l.mu.Unlock()
	b, ok := l.buckets[key]
	if !ok {
		b = l.newB()
		l.buckets[key] = b
	}
	return b
}

type req struct {
	tick int
	user string
}

func main() {
	lim := &Limiter{buckets: map[string]*TokenBucket{}, newB: func() *TokenBucket {
		return &TokenBucket{capacity: 3, tokens: 3, refill: 1}
	}}
	var reqs []req
	for t := 0; t < 6; t++ {
		for i := 0; i < 3; i++ {
			reqs = append(reqs, req{t, "alice"})
		}
		if t%2 == 0 {
			reqs = append(reqs, req{t, "bob"})
		}
	}
	// process each user's stream in its own goroutine; results gathered per user
	byUser := map[string][]req{}
	for _, r := range reqs {
		byUser[r.user] = append(byUser[r.user], r)
	}
	type outcome struct {
		user    string
		allowed []int
		denied  int
	}
	results := make(chan outcome)
	var wg sync.WaitGroup
	for user, rs := range byUser {
		wg.Add(1)
		go func() {
			defer wg.Done()
			o := outcome{user: user}
			b := lim.For(user)
			for _, r := range rs {
				if b.Allow(r.tick) {
					o.allowed = append(o.allowed, r.tick)
				} else {
					o.denied++
				}
			}
			results <- o
		}()
	}
	go func() { wg.Wait(); close(results) }()
	var all []outcome
	for o := range results {
		all = append(all, o)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].user < all[j].user })
	for _, o := range all {
		fmt.Printf("%-5s allowed at %v denied=%d\n", o.user, o.allowed, o.denied)
	}
	fmt.Println(len(lim.buckets), lim.For("alice").tokens, lim.For("carol").tokens)
}
