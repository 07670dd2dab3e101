package main

import (
	"fmt"
	"sort"
	"time"
)

type Clock interface {
	Now() time.Time
	After(d time.Duration) <-chan time.Time
}

type timer struct {
	at time.Time
	ch chan time.Time
}

type FakeClock struct {
	now    time.Time
	timers []timer
}

func NewFakeClock(start time.Time) *FakeClock { return &FakeClock{now: start} }

func (c *FakeClock) Now() time.Time { return c.now }

func (c *FakeClock) After(d time.Duration) <-chan time.Time {
	ch := make(chan time.Time, 1)
	c.timers = append(c.timers, timer{c.now.Add(d), ch})
	return ch
}

func (c *FakeClock) Advance(d time.Duration) int {
	c.now = c.now.Add(d)
	sort.Slice(c.timers, func(i, j int) bool { return c.timers[i].at.Before(c.timers[j].at) })
	fired := 0
	rest := c.timers[:0]
	for _, t := range c.timers {
		if !t.at.After(c.now) {
			t.ch <- t.at
			fired++
		} else {
			rest = append(rest, t)
		}
	}
	c.timers = rest
	return fired
}

type Session struct {
	clock   Clock
	started time.Time
	ttl     time.Duration
}

func NewSession(c Clock, ttl time.Duration) *Session {
	return &Session{clock: c, started: c.Now(), ttl: ttl}
}

func (s *Session) Expired() bool { return s.clock.Now().Sub(s.started) >= s.ttl }

func (s *Session) Remaining() time.Duration {
	r := s.ttl - s.clock.Now().Sub(s.started)
	if r < 0 {
		return 0
	}
	return r
}

func main() {
	start := time.Date(2024, 3, 1, 12, 0, 0, 0, time.UTC)
	clk := NewFakeClock(start)
	s := NewSession(clk, 30*time.Minute)
	steps := []struct {
		advance time.Duration
		expired bool
	}{
		{0, false},
		{10 * time.Minute, false},
		{19*time.Minute + 59*time.Second, false},
		{time.Second, true},
		{time.Hour, true},
	}
	for _, st := range steps {
		clk.Advance(st.advance)
		got := s.Expired()
		mark := "PASS"
		if got != st.expired {
			mark = "FAIL"
		}
		fmt.Printf("%s at %s expired=%v remaining=%v\n", mark, clk.Now().Format("15:04:05"), got, s.Remaining())
	}

	a := clk.After(5 * time.Second)
	b := clk.After(2 * time.Second)
	fmt.Println("fired:", clk.Advance(3*time.Second))
	select {
	case t := <-b:
		fmt.Println("b fired at", t.Format(time.Kitchen), t.Sub(start))
	default:
		fmt.Println("b not fired")
	}
	select {
	case <-a:
		fmt.Println("a fired early")
	default:
		fmt.Println("a pending, timers left:", len(clk.timers))
	}
	clk.Advance(2 * time.Second)
	fmt.Println("a at", (<-a).Format(time.RFC3339))
}
