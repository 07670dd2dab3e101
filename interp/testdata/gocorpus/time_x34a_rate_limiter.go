package main

import (
	"fmt"
	"strings"
	"time"
)

// Clock lets the limiter run on simulated time.
type Clock interface {
	Now() time.Time
}

type fakeClock struct{ t time.Time }

func (f *fakeClock) Now() time.Time          { return f.t }
func (f *fakeClock) Advance(d time.Duration) { f.t = f.t.Add(d) }

type TokenBucket struct {
	clock    Clock
	capacity float64
	tokens   float64
	rate     float64 // tokens per second
	last     time.Time
}

func NewTokenBucket(c Clock, capacity int, per time.Duration) *TokenBucket {
	return &TokenBucket{clock: c, capacity: float64(capacity), tokens: float64(capacity),
		rate: float64(capacity) / per.Seconds(), last: c.Now()}
}

func (b *TokenBucket) Allow() (bool, time.Duration) {
	now := b.clock.Now()
	elapsed := now.Sub(b.last).Seconds()
	b.last = now
	b.tokens = min(b.capacity, b.tokens+elapsed*b.rate)
	if b.tokens >= 1 {
		b.tokens--
		return true, 0
	}
	wait := time.Duration((1 - b.tokens) / b.rate * float64(time.Second))
	return false, wait.Round(time.Millisecond)
}

type SlidingWindow struct {
	clock  Clock
	window time.Duration
	limit  int
	hits   []time.Time
}

func (s *SlidingWindow) Allow() bool {
	now := s.clock.Now()
	cut := 0
	for cut < len(s.hits) && now.Sub(s.hits[cut]) >= s.window {
		cut++
	}
	s.hits = s.hits[cut:]
	if len(s.hits) < s.limit {
		s.hits = append(s.hits, now)
		return true
	}
	return false
}

func main() {
	clk := &fakeClock{time.Date(2024, 6, 1, 12, 0, 0, 0, time.UTC)}
	tb := NewTokenBucket(clk, 3, time.Second)
	sw := &SlidingWindow{clock: clk, window: time.Second, limit: 3}
	gaps := []time.Duration{0, 10 * time.Millisecond, 10 * time.Millisecond, 10 * time.Millisecond,
		200 * time.Millisecond, 100 * time.Millisecond, 500 * time.Millisecond, 1500 * time.Millisecond, 0}
	start := clk.Now()
	var line strings.Builder
	for i, g := range gaps {
		clk.Advance(g)
		okTB, wait := tb.Allow()
		okSW := sw.Allow()
		fmt.Fprintf(&line, "req %d at +%-6v bucket=%-5v", i, clk.Now().Sub(start), okTB)
		if !okTB {
			fmt.Fprintf(&line, " retry in %v", wait)
		}
		fmt.Fprintf(&line, " window=%v\n", okSW)
	}
	fmt.Print(line.String())

	done := make(chan string)
	go func() { done <- "work finished" }()
	select {
	case msg := <-done:
		fmt.Println(msg)
	case <-time.After(2 * time.Second):
		fmt.Println("timeout")
	}
	timer := time.NewTimer(time.Hour)
	fmt.Println("stopped before firing:", timer.Stop())
	tick := time.NewTicker(time.Millisecond)
	n := 0
	for range tick.C {
		if n++; n == 3 {
			tick.Stop()
			break
		}
	}
	fmt.Println("ticks:", n)
	fmt.Println(clk.Now().Format(time.StampMilli), clk.Now().Sub(start).Milliseconds())
}
