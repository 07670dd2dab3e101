package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"sync"
)

type Clock interface{ Now() int64 }

type fakeClock struct{ t int64 }

func (c *fakeClock) Now() int64       { return c.t }
func (c *fakeClock) Advance(ms int64) { c.t += ms }

type bucket struct {
	tokens float64
	last   int64
}

type Limiter struct {
	mu      sync.Mutex
	clock   Clock
	rate    float64
	burst   float64
	buckets map[string]*bucket
}

func NewLimiter(c Clock, perSecond, burst float64) *Limiter {
	return &Limiter{clock: c, rate: perSecond, burst: burst, buckets: make(map[string]*bucket)}
}

func (l *Limiter) Allow(key string) (bool, float64) {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.clock.Now()
	b, ok := l.buckets[key]
	if !ok {
		b = &bucket{tokens: l.burst, last: now}
		l.buckets[key] = b
	}
	elapsed := float64(now-b.last) / 1000
	b.tokens = min(l.burst, b.tokens+elapsed*l.rate)
	b.last = now
	if b.tokens >= 1 {
		b.tokens--
		return true, b.tokens
	}
	return false, b.tokens
}

func (l *Limiter) Middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		key := r.Header.Get("X-API-Key")
		if key == "" {
			key = r.RemoteAddr
		}
		ok, left := l.Allow(key)
		w.Header().Set("X-RateLimit-Remaining", strconv.FormatFloat(left, 'f', 2, 64))
		if !ok {
			w.Header().Set("Retry-After", "1")
			http.Error(w, "rate limited", http.StatusTooManyRequests)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func main() {
	clock := &fakeClock{}
	lim := NewLimiter(clock, 2, 3)
	h := lim.Middleware(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("pong"))
	}))
	send := func(key string) string {
		req := httptest.NewRequest("GET", "/ping", nil)
		if key != "" {
			req.Header.Set("X-API-Key", key)
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		return fmt.Sprintf("%d(%s)", rec.Code, rec.Header().Get("X-RateLimit-Remaining"))
	}
	for step, adv := range []int64{0, 0, 0, 0, 100, 400, 0, 0, 1500, 0} {
		clock.Advance(adv)
		fmt.Printf("t=%5dms step %d: A=%s B=%s anon=%s\n", clock.Now(), step, send("A"), send("B"), send(""))
		if step%3 == 0 {
			send("A")
		}
	}
	fmt.Println("clients:", len(lim.buckets))
	_, has := lim.buckets["192.0.2.1:1234"]
	fmt.Println("anon key is RemoteAddr:", has)
}
