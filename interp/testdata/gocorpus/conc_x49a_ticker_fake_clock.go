package main

import (
	"fmt"
	"sync"
	"time"
)

type Ticker interface {
	C() <-chan time.Time
	Stop()
}

type Clock interface {
	NewTicker(d time.Duration) Ticker
}

type fakeTicker struct {
	ch     chan time.Time
	period time.Duration
	next   time.Time
	done   bool
}

func (t *fakeTicker) C() <-chan time.Time { return t.ch }
func (t *fakeTicker) Stop()               { t.done = true }

type fakeClock struct {
	mu      sync.Mutex
	now     time.Time
	tickers []*fakeTicker
}

func (c *fakeClock) NewTicker(d time.Duration) Ticker {
	c.mu.Lock()
	defer c.mu.Unlock()
	t := &fakeTicker{ch: make(chan time.Time), period: d, next: c.now.Add(d)}
	c.tickers = append(c.tickers, t)
	return t
}

// Advance moves time forward, delivering each tick synchronously.
func (c *fakeClock) Advance(d time.Duration) {
	end := c.now.Add(d)
	for {
		c.mu.Lock()
		var due *fakeTicker
		for _, t := range c.tickers {
			if !t.done && !t.next.After(end) && (due == nil || t.next.Before(due.next)) {
				due = t
			}
		}
		if due == nil {
			c.now = end
			c.mu.Unlock()
			return
		}
		c.now = due.next
		due.next = due.next.Add(due.period)
		at := c.now
		c.mu.Unlock()
		due.ch <- at
	}
}

type Heartbeat struct {
	clock Clock
	beats []string
	quit  chan struct{}
	done  chan struct{}
}

func StartHeartbeat(c Clock, every time.Duration, name string, start time.Time) *Heartbeat {
	h := &Heartbeat{clock: c, quit: make(chan struct{}), done: make(chan struct{})}
	t := c.NewTicker(every)
	go func() {
		defer close(h.done)
		defer t.Stop()
		for {
			select {
			case at := <-t.C():
				h.beats = append(h.beats, fmt.Sprintf("%s+%v", name, at.Sub(start)))
			case <-h.quit:
				return
			}
		}
	}()
	return h
}

func (h *Heartbeat) Stop() []string {
	close(h.quit)
	<-h.done
	return h.beats
}

func main() {
	start := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	clk := &fakeClock{now: start}
	fast := StartHeartbeat(clk, 2*time.Second, "fast", start)
	slow := StartHeartbeat(clk, 5*time.Second, "slow", start)
	clk.Advance(7 * time.Second)
	clk.Advance(3 * time.Second)
	f, s := fast.Stop(), slow.Stop()
	fmt.Println(f)
	fmt.Println(s)
	want := fmt.Sprint([]string{"fast+2s", "fast+4s", "fast+6s", "fast+8s", "fast+10s"})
	if fmt.Sprint(f) == want && len(s) == 2 {
		fmt.Println("PASS heartbeat")
	} else {
		fmt.Println("FAIL heartbeat")
	}
	fmt.Println(clk.now.Sub(start), len(clk.tickers))
}
