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
	capacity   float64
	tokens     float64
	refillRate float64 // tokens per second
	last       time.Time
	clock      Clock
}

func NewTokenBucket(c Clock, capacity int, perSec float64) *TokenBucket {
	return &TokenBucket{
		capacity:   float64(capacity),
		tokens:     float64(capacity),
		refillRate: perSec,
		last:       c.Now(),
		clock:      c,
	}
}

func (b *TokenBucket) refill() {
	now := b.clock.Now()
	elapsed := now.Sub(b.last).Seconds()
	b.tokens = min(b.capacity, b.tokens+elapsed*b.refillRate)
	b.last = now
}

func (b *TokenBucket) Allow(n int) bool {
	b.refill()
	if b.tokens >= float64(n) {
		b.tokens -= float64(n)
		return true
	}
	return false
}

func (b *TokenBucket) String() string {
	return fmt.Sprintf("bucket[%.2f/%.0f]", b.tokens, b.capacity)
}

func main() {
	clk := &FakeClock{t: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)}
	tb := NewTokenBucket(clk, 5, 2)
	var log []string
	for i := range 8 {
		ok := tb.Allow(1)
		log = append(log, fmt.Sprintf("req%d:%v", i, ok))
	}
	fmt.Println(log)
	fmt.Println(tb)
	clk.Advance(1500 * time.Millisecond)
	fmt.Println("after 1.5s:", tb.Allow(2), tb)
	clk.Advance(10 * time.Second)
	fmt.Println("after 10s:", tb.Allow(5), tb)
	fmt.Println("too many:", tb.Allow(1))
	clk.Advance(250 * time.Millisecond)
	fmt.Printf("%v %s\n", tb.Allow(1), tb)
	fmt.Println(clk.Now().Format(time.RFC3339Nano))
}
