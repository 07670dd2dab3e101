package main

import (
	"fmt"
	"strings"
	"time"
)

type Clock interface {
	Now() time.Time
}

type FakeClock struct{ t time.Time }

func (f *FakeClock) Now() time.Time          { return f.t }
func (f *FakeClock) Advance(d time.Duration) { f.t = f.t.Add(d) }

// TokenBucket refills rate tokens per second up to burst.
type TokenBucket struct {
	clock  Clock
	rate   float64
	burst  float64
	tokens float64
	last   time.Time
}

func NewTokenBucket(c Clock, rate float64, burst int) *TokenBucket {
	return &TokenBucket{clock: c, rate: rate, burst: float64(burst), tokens: float64(burst), last: c.Now()}
}

func (b *TokenBucket) Allow() bool {
	now := b.clock.Now()
	elapsed := now.Sub(b.last).Seconds()
	b.last = now
	b.tokens = min(b.burst, b.tokens+elapsed*b.rate)
	if b.tokens >= 1 {
		b.tokens--
		return true
	}
	return false
}

type step struct {
	wait time.Duration
	n    int
	want string
}

func run(b *TokenBucket, clk *FakeClock, steps []step) {
	for i, s := range steps {
		clk.Advance(s.wait)
		var sb strings.Builder
		for range s.n {
			if b.Allow() {
				sb.WriteByte('+')
			} else {
				sb.WriteByte('-')
			}
		}
		res := "PASS"
		if sb.String() != s.want {
			res = "FAIL"
		}
		fmt.Printf("%s step %d t=%-6v %s (tokens %.2f)\n", res, i, clk.Now().Sub(time.Unix(0, 0).UTC()), sb.String(), b.tokens)
	}
}

func main() {
	clk := &FakeClock{t: time.Unix(0, 0).UTC()}
	b := NewTokenBucket(clk, 2, 3)
	run(b, clk, []step{
		{0, 5, "+++--"},
		{500 * time.Millisecond, 2, "+-"},
		{250 * time.Millisecond, 1, "-"},
		{250 * time.Millisecond, 1, "+"},
		{10 * time.Second, 4, "+++-"},
	})
	clk2 := &FakeClock{t: time.Date(2020, 2, 29, 23, 59, 59, 0, time.UTC)}
	slow := NewTokenBucket(clk2, 0.5, 1)
	run(slow, clk2, []step{{0, 2, "+-"}, {time.Second, 1, "-"}, {time.Second, 1, "+"}})
	fmt.Println(clk2.Now().Format("2006-01-02 15:04:05 Mon"))
}
