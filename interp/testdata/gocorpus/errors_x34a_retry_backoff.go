package main

import (
	"context"
	"errors"
	"fmt"
	"math"
	"time"
)

type temporary interface {
	Temporary() bool
}

type netErr struct {
	op   string
	temp bool
}

func (e *netErr) Error() string   { return "net " + e.op + " failed" }
func (e *netErr) Temporary() bool { return e.temp }

var ErrGiveUp = errors.New("giving up")

type Policy struct {
	Attempts int
	Base     time.Duration
	Max      time.Duration
}

func (p Policy) Delay(attempt int) time.Duration {
	d := time.Duration(float64(p.Base) * math.Pow(2, float64(attempt)))
	return min(d, p.Max)
}

func Retry(ctx context.Context, p Policy, sleep func(time.Duration), op func(int) error) (err error) {
	for attempt := 0; attempt < p.Attempts; attempt++ {
		if err = op(attempt); err == nil {
			return nil
		}
		var t temporary
		if !errors.As(err, &t) || !t.Temporary() {
			return fmt.Errorf("permanent error on attempt %d: %w", attempt+1, err)
		}
		if ctx.Err() != nil {
			return fmt.Errorf("%w: %w", ErrGiveUp, ctx.Err())
		}
		sleep(p.Delay(attempt))
	}
	return fmt.Errorf("%w after %d attempts: %w", ErrGiveUp, p.Attempts, err)
}

func main() {
	p := Policy{Attempts: 5, Base: 100 * time.Millisecond, Max: time.Second}
	var slept []time.Duration
	fakeSleep := func(d time.Duration) { slept = append(slept, d) }

	scenarios := map[string]func(int) error{
		"1-flaky": func(a int) error {
			if a < 2 {
				return &netErr{"dial", true}
			}
			return nil
		},
		"2-down": func(int) error { return fmt.Errorf("wrapped: %w", &netErr{"read", true}) },
		"3-perm": func(a int) error {
			if a == 1 {
				return &netErr{"auth", false}
			}
			return &netErr{"dial", true}
		},
		"4-plain": func(int) error { return errors.New("boom") },
	}
	for _, name := range []string{"1-flaky", "2-down", "3-perm", "4-plain"} {
		slept = nil
		err := Retry(context.Background(), p, fakeSleep, scenarios[name])
		fmt.Printf("%-8s err=%v\n         giveUp=%v slept=%v\n", name, err, errors.Is(err, ErrGiveUp), slept)
	}

	ctx, cancel := context.WithCancel(context.Background())
	calls := 0
	err := Retry(ctx, p, func(time.Duration) { cancel() }, func(int) error {
		calls++
		return &netErr{"dial", true}
	})
	fmt.Println(calls, err, errors.Is(err, context.Canceled), errors.Is(err, ErrGiveUp))

	dctx, dcancel := context.WithTimeout(context.Background(), time.Nanosecond)
	defer dcancel()
	<-dctx.Done()
	fmt.Println(dctx.Err(), errors.Is(dctx.Err(), context.DeadlineExceeded))
	for i := range 6 {
		fmt.Print(p.Delay(i), " ")
	}
	fmt.Println()
}
