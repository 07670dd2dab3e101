package main

import (
	"fmt"
	"strings"
)

// TokenBucket is a logical-clock token bucket: time advances only via Tick.
type TokenBucket struct {
	tokens   int
	capacity int
	refill   int
}

func (b *TokenBucket) Tick() {
	b.tokens = min(b.capacity, b.tokens+b.refill)
}

func (b *TokenBucket) Allow() bool {
	if b.tokens > 0 {
		b.tokens--
		return true
	}
	return false
}

type request struct {
	at   int
	user string
}

type limiter struct {
	buckets map[string]*TokenBucket
	reqs    chan request
	verdict chan string
}

func newLimiter() *limiter {
	l := &limiter{buckets: map[string]*TokenBucket{}, reqs: make(chan request), verdict: make(chan string)}
	go l.loop()
	return l
}

func (l *limiter) loop() {
	clock := 0
	for r := range l.reqs {
		for clock < r.at {
			clock++
			for _, b := range l.buckets {
				b.Tick()
			}
		}
		b, ok := l.buckets[r.user]
		if !ok {
			b = &TokenBucket{tokens: 2, capacity: 2, refill: 1}
			l.buckets[r.user] = b
		}
		if b.Allow() {
			l.verdict <- fmt.Sprintf("t=%d %-5s allowed (left %d)", r.at, r.user, b.tokens)
		} else {
			l.verdict <- fmt.Sprintf("t=%d %-5s throttled", r.at, r.user)
		}
	}
	close(l.verdict)
}

func main() {
	l := newLimiter()
	reqs := []request{
		{0, "ann"}, {0, "ann"}, {0, "ann"}, {0, "bob"},
		{1, "ann"}, {1, "ann"}, {1, "bob"}, {1, "bob"},
		{3, "ann"}, {3, "ann"}, {3, "ann"}, {4, "bob"},
	}
	go func() {
		for _, r := range reqs {
			l.reqs <- r
		}
		close(l.reqs)
	}()
	allowed := map[bool]int{}
	for v := range l.verdict {
		fmt.Println(v)
		allowed[strings.Contains(v, "allowed")]++
	}
	fmt.Println(allowed)
}
