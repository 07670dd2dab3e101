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
	burst    float64
	tokens   float64
	lastFill time.Time
}

func NewTokenBucket(c Clock, rate float64, burst int) *TokenBucket {
	return &TokenBucket{clock: c, rate: rate, burst: float64(burst), tokens: float64(burst), lastFill: c.Now()}
}

func (b *TokenBucket) refill() {
	now := b.clock.Now()
	elapsed := now.Sub(b.lastFill).Seconds()
	b.tokens = min(b.burst, b.tokens+elapsed*b.rate)
	b.lastFill = now
}

func (b *TokenBucket) Allow() bool {
	b.refill()
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
	events []time.Time
}

func (s *SlidingWindow) Allow() bool {
	now := s.clock.Now()
	cut := 0
	for cut < len(s.events) && now.Sub(s.events[cut]) >= s.window {
		cut++
	}
	s.events = s.events[cut:]
	if len(s.events) >= s.limit {
		return false
	}
	s.events = append(s.events, now)
	return true
}

type Limiter interface{ Allow() bool }

func main() {
	clk := &FakeClock{t: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)}
	limiters := map[string]Limiter{
		"bucket": NewTokenBucket(clk, 2, 3),
		"window": &SlidingWindow{clock: clk, window: time.Second, limit: 3},
	}
	steps := []time.Duration{0, 100, 100, 100, 100, 300, 200, 500, 50, 50, 1000, 10}
	for _, name := range []string{"bucket", "window"} {
		start := clk.Now()
		l := limiters[name]
		line := ""
		for _, ms := range steps {
			clk.Advance(ms * time.Millisecond)
			if l.Allow() {
				line += "+"
			} else {
				line += "."
			}
		}
		fmt.Printf("%-6s %s (elapsed %v)\n", name, line, clk.Now().Sub(start))
	}
	fmt.Println(clk.Now().Format(time.RFC3339Nano))
}
