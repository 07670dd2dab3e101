package main

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

type State int

const (
	Closed State = iota
	Open
	HalfOpen
)

func (s State) String() string {
	return [...]string{"closed", "open", "half-open"}[s]
}

var ErrOpen = errors.New("circuit open")

type Clock interface{ Now() time.Time }

type fakeClock struct{ t time.Time }

func (f *fakeClock) Now() time.Time          { return f.t }
func (f *fakeClock) Advance(d time.Duration) { f.t = f.t.Add(d) }

type Breaker struct {
	clock       Clock
	state       State
	failures    int
	threshold   int
	cooldown    time.Duration
	openedAt    time.Time
	transitions []string
}

func (b *Breaker) setState(s State) {
	if s != b.state {
		b.transitions = append(b.transitions, fmt.Sprintf("%v->%v", b.state, s))
		b.state = s
	}
}

func (b *Breaker) Call(fn func() error) error {
	if b.state == Open {
		if b.clock.Now().Sub(b.openedAt) < b.cooldown {
			return ErrOpen
		}
		b.setState(HalfOpen)
	}
	err := fn()
	if err != nil {
		b.failures++
		if b.state == HalfOpen || b.failures >= b.threshold {
			b.setState(Open)
			b.openedAt = b.clock.Now()
		}
		return fmt.Errorf("call failed (%d/%d): %w", b.failures, b.threshold, err)
	}
	b.failures = 0
	b.setState(Closed)
	return nil
}

type flakyService struct {
	pattern string
	i       int
}

func (s *flakyService) Do() error {
	c := s.pattern[s.i%len(s.pattern)]
	s.i++
	if c == 'x' {
		return fmt.Errorf("timeout #%d", s.i)
	}
	return nil
}

func main() {
	clk := &fakeClock{t: time.Date(2024, 1, 1, 12, 0, 0, 0, time.UTC)}
	br := &Breaker{clock: clk, threshold: 3, cooldown: 10 * time.Second}
	svc := &flakyService{pattern: "oxxxxooxoooo"}

	var summary strings.Builder
	for step := 0; step < 16; step++ {
		err := br.Call(svc.Do)
		mark := "."
		switch {
		case errors.Is(err, ErrOpen):
			mark = "O"
		case err != nil:
			mark = "x"
		}
		summary.WriteString(mark)
		fmt.Printf("%s step=%2d state=%-9v err=%v\n", clk.Now().Format("15:04:05"), step, br.state, err)
		clk.Advance(3 * time.Second)
	}
	fmt.Println(summary.String())
	fmt.Println(strings.Join(br.transitions, ", "))
	fmt.Println("service calls:", svc.i, "elapsed:", clk.Now().Sub(time.Date(2024, 1, 1, 12, 0, 0, 0, time.UTC)))
}
