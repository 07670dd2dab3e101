package main

import (
	"fmt"
	"sort"
	"strings"
)

type Clock struct{ now float64 }

type Limiter interface {
	Allow(key string) bool
	Name() string
}

type TokenBucket struct {
	clock   *Clock
	rate    float64
	burst   float64
	buckets map[string]*bucket
}

type bucket struct {
	tokens float64
	last   float64
}

func (tb *TokenBucket) Name() string {
	return fmt.Sprintf("bucket(rate=%.1f,burst=%.0f)", tb.rate, tb.burst)
}

func (tb *TokenBucket) Allow(key string) bool {
	b, ok := tb.buckets[key]
	if !ok {
		b = &bucket{tokens: tb.burst, last: tb.clock.now}
		tb.buckets[key] = b
	}
	b.tokens = min(tb.burst, b.tokens+(tb.clock.now-b.last)*tb.rate)
	b.last = tb.clock.now
	if b.tokens >= 1 {
		b.tokens--
		return true
	}
	return false
}

type SlidingWindow struct {
	clock  *Clock
	window float64
	limit  int
	hits   map[string][]float64
}

func (s *SlidingWindow) Name() string { return fmt.Sprintf("window(%gs,%d)", s.window, s.limit) }

func (s *SlidingWindow) Allow(key string) bool {
	h := s.hits[key]
	cut := sort.SearchFloat64s(h, s.clock.now-s.window+1e-9)
	h = h[cut:]
	if len(h) >= s.limit {
		s.hits[key] = h
		return false
	}
	s.hits[key] = append(h, s.clock.now)
	return true
}

func main() {
	clk := &Clock{}
	limiters := []Limiter{
		&TokenBucket{clock: clk, rate: 2, burst: 3, buckets: map[string]*bucket{}},
		&SlidingWindow{clock: clk, window: 1, limit: 3, hits: map[string][]float64{}},
	}
	type req struct {
		at  float64
		key string
	}
	var reqs []req
	for i := 0; i < 12; i++ {
		reqs = append(reqs, req{float64(i) * 0.25, "alice"})
		if i%3 == 0 {
			reqs = append(reqs, req{float64(i) * 0.25, "bob"})
		}
	}
	for _, l := range limiters {
		clk.now = 0
		allowed := map[string]int{}
		var line strings.Builder
		for _, r := range reqs {
			clk.now = r.at
			ok := l.Allow(r.key)
			if ok {
				allowed[r.key]++
			}
			c := byte('.')
			if ok {
				c = r.key[0]
			}
			line.WriteByte(c)
		}
		fmt.Printf("%-26s %s %v\n", l.Name(), line.String(), allowed)
	}
	if tb, ok := limiters[0].(*TokenBucket); ok {
		keys := make([]string, 0)
		for k := range tb.buckets {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			fmt.Printf("%s: %.2f tokens at %.2f\n", k, tb.buckets[k].tokens, tb.buckets[k].last)
		}
	}
}
