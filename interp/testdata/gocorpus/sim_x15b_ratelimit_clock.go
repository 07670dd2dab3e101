package main

import (
	"fmt"
	"time"
)

type Clock interface {
	Now() time.Time
}

type FakeClock struct{ t time.Time }

func (f *FakeClock) Now() time.Time          { return f.t }
func (f *FakeClock) Advance(d time.Duration) { f.t = f.t.Add(d) }

type TokenBucket struct {
	clock    Clock
	rate     float64 // tokens per second
	capacity float64
	tokens   float64
	last     time.Time
}

func NewTokenBucket(c Clock, rate, capacity float64) *TokenBucket {
	return &TokenBucket{clock: c, rate: rate, capacity: capacity, tokens: capacity, last: c.Now()}
}

func (b *TokenBucket) Allow() bool {
	now := b.clock.Now()
	elapsed := now.Sub(b.last).Seconds()
	b.last = now
	b.tokens = min(b.capacity, b.tokens+elapsed*b.rate)
	if b.tokens >= 1 {
		b.tokens--
		return true
	}
	return false
}

type SlidingWindow struct {
	clock  Clock
	window time.Duration
	limit  int
	hits   []time.Time
}

func (s *SlidingWindow) Allow() bool {
	now := s.clock.Now()
	cut := now.Add(-s.window)
	i := 0
	for i < len(s.hits) && !s.hits[i].After(cut) {
		i++
	}
	s.hits = s.hits[i:]
	if len(s.hits) >= s.limit {
		return false
	}
	s.hits = append(s.hits, now)
	return true
}

type Limiter interface{ Allow() bool }

func main() {
	clk := &FakeClock{t: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)}
	limiters := map[string]Limiter{
		"bucket": NewTokenBucket(clk, 2, 3),
		"window": &SlidingWindow{clock: clk, window: time.Second, limit: 3},
	}
	steps := []time.Duration{0, 100, 100, 100, 100, 300, 500, 50, 50, 1000, 10, 10, 10, 10}
	names := []string{"bucket", "window"}
	counts := map[string]int{}
	for i, ms := range steps {
		clk.Advance(ms * time.Millisecond)
		line := fmt.Sprintf("%2d t=%-6s", i, clk.Now().Format("05.000"))
		for _, n := range names {
			ok := limiters[n].Allow()
			if ok {
				counts[n]++
			}
			line += fmt.Sprintf(" %s=%-5v", n, ok)
		}
		fmt.Println(line)
	}
	fmt.Println(counts)
	tb := limiters["bucket"].(*TokenBucket)
	fmt.Printf("tokens left %.3f\n", tb.tokens)
}
