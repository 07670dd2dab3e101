package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type Sleeper func(time.Duration)

var errTransient = errors.New("transient")

type PermanentError struct{ Err error }

func (p PermanentError) Error() string { return "permanent: " + p.Err.Error() }
func (p PermanentError) Unwrap() error { return p.Err }

type Policy struct {
	Base, Max time.Duration
	Attempts  int
	Factor    float64
}

func (p Policy) Retry(ctx context.Context, sleep Sleeper, op func(attempt int) error) error {
	delay := p.Base
	var errs []error
	for a := 1; a <= p.Attempts; a++ {
		err := op(a)
		if err == nil {
			return nil
		}
		var pe PermanentError
		if errors.As(err, &pe) {
			return fmt.Errorf("attempt %d: %w", a, err)
		}
		errs = append(errs, err)
		if a == p.Attempts {
			break
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		sleep(delay)
		delay = min(time.Duration(float64(delay)*p.Factor), p.Max)
	}
	return fmt.Errorf("gave up after %d attempts: %w", p.Attempts, errors.Join(errs...))
}

func main() {
	var slept []time.Duration
	total := time.Duration(0)
	sleep := func(d time.Duration) { slept = append(slept, d); total += d }
	p := Policy{Base: 100 * time.Millisecond, Max: time.Second, Attempts: 6, Factor: 2.5}

	err := p.Retry(context.Background(), sleep, func(a int) error {
		if a < 4 {
			return fmt.Errorf("call %d: %w", a, errTransient)
		}
		return nil
	})
	fmt.Println("1:", err, slept, total)

	slept = nil
	err = p.Retry(context.Background(), sleep, func(a int) error { return errTransient })
	fmt.Println("2:", errors.Is(err, errTransient), slept)
	fmt.Println(err)

	slept = nil
	err = p.Retry(context.Background(), sleep, func(a int) error {
		if a == 2 {
			return PermanentError{errors.New("bad request")}
		}
		return errTransient
	})
	var pe PermanentError
	fmt.Println("3:", err, errors.As(err, &pe), pe.Err, slept)

	ctx, cancel := context.WithCancel(context.Background())
	slept = nil
	err = p.Retry(ctx, sleep, func(a int) error {
		if a == 3 {
			cancel()
		}
		return errTransient
	})
	fmt.Println("4:", err, errors.Is(err, context.Canceled), len(slept))
	fmt.Println("total slept:", total)
}
