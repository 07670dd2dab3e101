package main

import (
	"fmt"
	"strings"
	"time"
)

type Clock interface {
	Now() time.Time
}

type manualClock struct{ t time.Time }

func (m *manualClock) Now() time.Time          { return m.t }
func (m *manualClock) Advance(d time.Duration) { m.t = m.t.Add(d) }

type TokenBucket struct {
	capacity float64
	tokens   float64
	rate     float64 // tokens per second
	last     time.Time
	clock    Clock
}

func NewTokenBucket(capacity int, perSecond float64, c Clock) *TokenBucket {
	return &TokenBucket{
		capacity: float64(capacity),
		tokens:   float64(capacity),
		rate:     perSecond,
		last:     c.Now(),
		clock:    c,
	}
}

func (b *TokenBucket) refill() {
	now := b.clock.Now()
	elapsed := now.Sub(b.last).Seconds()
	b.last = now
	b.tokens = min(b.capacity, b.tokens+elapsed*b.rate)
}

func (b *TokenBucket) Allow() bool {
	return b.AllowN(1)
}

func (b *TokenBucket) AllowN(n int) bool {
	b.refill()
	if b.tokens >= float64(n) {
		b.tokens -= float64(n)
		return true
	}
	return false
}

func (b *TokenBucket) String() string {
	return fmt.Sprintf("bucket{%.2f/%.0f @%.1f/s}", b.tokens, b.capacity, b.rate)
}

func main() {
	clk := &manualClock{t: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)}
	tb := NewTokenBucket(5, 2, clk)

	var sb strings.Builder
	for i := 0; i < 8; i++ {
		if tb.Allow() {
			sb.WriteByte('+')
		} else {
			sb.WriteByte('-')
		}
	}
	fmt.Println("burst:", sb.String(), tb)

	steps := []time.Duration{250 * time.Millisecond, 500 * time.Millisecond, time.Second, 3 * time.Second}
	for _, d := range steps {
		clk.Advance(d)
		ok := tb.AllowN(2)
		fmt.Printf("after %-6v allow2=%-5t %v\n", d, ok, tb)
	}

	// simulate a steady stream of requests, 10 per second, for 2 seconds
	allowed, denied := 0, 0
	for i := 0; i < 20; i++ {
		clk.Advance(100 * time.Millisecond)
		if tb.Allow() {
			allowed++
		} else {
			denied++
		}
	}
	fmt.Printf("stream: allowed=%d denied=%d at %s\n", allowed, denied, clk.Now().Format(time.TimeOnly))
}
