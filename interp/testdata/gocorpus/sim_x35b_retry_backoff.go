package main

import (
	"errors"
	"fmt"
	"time"
)

// FakeClock records sleeps instead of sleeping.
type FakeClock struct {
	now    time.Duration
	sleeps []time.Duration
}

func (c *FakeClock) Sleep(d time.Duration) {
	c.sleeps = append(c.sleeps, d)
	c.now += d
}

type Policy struct {
	Initial    time.Duration
	Max        time.Duration
	Multiplier float64
	Attempts   int
}

var ErrPermanent = errors.New("permanent failure")

type TemporaryError struct {
	Code int
}

func (e *TemporaryError) Error() string { return fmt.Sprintf("temporary error %d", e.Code) }

func Retry(clock *FakeClock, p Policy, op func(attempt int) error) error {
	delay := p.Initial
	var err error
	for attempt := 1; attempt <= p.Attempts; attempt++ {
		err = op(attempt)
		if err == nil {
			return nil
		}
		if errors.Is(err, ErrPermanent) {
			return fmt.Errorf("attempt %d: %w", attempt, err)
		}
		if attempt == p.Attempts {
			break
		}
		clock.Sleep(delay)
		delay = time.Duration(float64(delay) * p.Multiplier)
		if delay > p.Max {
			delay = p.Max
		}
	}
	return fmt.Errorf("gave up after %d attempts: %w", p.Attempts, err)
}

func main() {
	policy := Policy{Initial: 100 * time.Millisecond, Max: time.Second, Multiplier: 2, Attempts: 6}

	clock := &FakeClock{}
	err := Retry(clock, policy, func(n int) error {
		if n < 4 {
			return &TemporaryError{Code: 500 + n}
		}
		return nil
	})
	fmt.Println("first:", err, clock.sleeps, clock.now)

	clock = &FakeClock{}
	err = Retry(clock, policy, func(n int) error {
		return &TemporaryError{Code: 503}
	})
	var te *TemporaryError
	fmt.Println("second:", err)
	fmt.Println("as temporary:", errors.As(err, &te), te.Code)
	fmt.Printf("sleeps: %v total=%s\n", clock.sleeps, clock.now)

	clock = &FakeClock{}
	err = Retry(clock, policy, func(n int) error {
		if n == 2 {
			return ErrPermanent
		}
		return errors.New("flaky")
	})
	fmt.Println("third:", err, "permanent?", errors.Is(err, ErrPermanent), len(clock.sleeps))
	fmt.Printf("%+v\n", policy)
}
