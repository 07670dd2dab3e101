package main

import (
	"errors"
	"fmt"
	"sync"
	"time"
)

type State int

const (
	Closed State = iota
	Open
	HalfOpen
)

func (s State) String() string {
	switch s {
	case Closed:
		return "closed"
	case Open:
		return "open"
	case HalfOpen:
		return "half-open"
	}
	return fmt.Sprintf("State(%d)", int(s))
}

var ErrOpen = errors.New("circuit breaker is open")

type Settings struct {
	MaxFailures int
	Cooldown    time.Duration
	OnChange    func(from, to State)
}

type counts struct {
	Requests, Successes, Failures, ConsecutiveFailures int
}

func (c *counts) reset() { *c = counts{} }

type Breaker struct {
	Settings
	counts
	mu       sync.Mutex
	state    State
	openedAt time.Time
	now      func() time.Time
}

func New(s Settings, now func() time.Time) *Breaker {
	return &Breaker{Settings: s, now: now}
}

func (b *Breaker) setState(s State) {
	if b.state == s {
		return
	}
	prev := b.state
	b.state = s
	b.reset()
	if s == Open {
		b.openedAt = b.now()
	}
	if b.OnChange != nil {
		b.OnChange(prev, s)
	}
}

func (b *Breaker) Execute(fn func() error) error {
	b.mu.Lock()
	if b.state == Open {
		if b.now().Sub(b.openedAt) < b.Cooldown {
			b.mu.Unlock()
			return ErrOpen
		}
		b.setState(HalfOpen)
	}
	b.Requests++
	b.mu.Unlock()

	err := fn()

	b.mu.Lock()
	defer b.mu.Unlock()
	if err != nil {
		b.Failures++
		b.ConsecutiveFailures++
		if b.state == HalfOpen || b.ConsecutiveFailures >= b.MaxFailures {
			b.setState(Open)
		}
		return err
	}
	b.Successes++
	b.ConsecutiveFailures = 0
	if b.state == HalfOpen {
		b.setState(Closed)
	}
	return nil
}

func main() {
	clock := time.Unix(1700000000, 0).UTC()
	var transitions []string
	br := New(Settings{MaxFailures: 3, Cooldown: 10 * time.Second, OnChange: func(from, to State) {
		transitions = append(transitions, fmt.Sprintf("%v->%v@%s", from, to, clock.Format("15:04:05")))
	}}, func() time.Time { return clock })

	outcomes := "ssfffxxxsffs"
	backendDown := errors.New("backend unavailable")
	for i, o := range outcomes {
		if o == 'x' {
			clock = clock.Add(4 * time.Second)
		}
		err := br.Execute(func() error {
			if o == 'f' || o == 'x' {
				return backendDown
			}
			return nil
		})
		fmt.Printf("%2d %c state=%-9v err=%v counts=%+v\n", i, o, br.state, err, br.counts)
		if i == 8 {
			clock = clock.Add(11 * time.Second)
		}
	}
	fmt.Println(transitions)
	fmt.Println(State(7), errors.Is(fmt.Errorf("call: %w", ErrOpen), ErrOpen))
}
