package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"
)

type Backoff interface {
	Delay(attempt int) time.Duration
}

type Constant time.Duration

func (c Constant) Delay(int) time.Duration { return time.Duration(c) }

type Exponential struct {
	Base, Max time.Duration
}

func (e Exponential) Delay(attempt int) time.Duration {
	d := e.Base << attempt
	if d > e.Max || d <= 0 {
		return e.Max
	}
	return d
}

type TemporaryError struct{ Msg string }

func (t TemporaryError) Error() string   { return "temporary: " + t.Msg }
func (t TemporaryError) Temporary() bool { return true }

type Retrier struct {
	Attempts int
	Backoff  Backoff
	Sleep    func(time.Duration)
}

func (r Retrier) Do(ctx context.Context, op func(attempt int) error) error {
	var errs []error
	for attempt := 0; attempt < r.Attempts; attempt++ {
		if err := ctx.Err(); err != nil {
			errs = append(errs, err)
			break
		}
		err := op(attempt)
		if err == nil {
			return nil
		}
		errs = append(errs, fmt.Errorf("attempt %d: %w", attempt+1, err))
		var tmp interface{ Temporary() bool }
		if !errors.As(err, &tmp) || !tmp.Temporary() {
			break
		}
		if attempt < r.Attempts-1 {
			r.Sleep(r.Backoff.Delay(attempt))
		}
	}
	return errors.Join(errs...)
}

func main() {
	var slept []time.Duration
	sleep := func(d time.Duration) { slept = append(slept, d) }

	flaky := func(failures int) func(int) error {
		return func(attempt int) error {
			if attempt < failures {
				return TemporaryError{fmt.Sprintf("busy (%d)", attempt)}
			}
			return nil
		}
	}

	cases := []struct {
		name string
		r    Retrier
		op   func(int) error
	}{
		{"ok-after-2", Retrier{4, Exponential{100 * time.Millisecond, time.Second}, sleep}, flaky(2)},
		{"gives-up", Retrier{3, Constant(50 * time.Millisecond), sleep}, flaky(10)},
		{"permanent", Retrier{5, Constant(time.Second), sleep}, func(int) error { return errors.New("bad request") }},
		{"capped", Retrier{7, Exponential{200 * time.Millisecond, time.Second}, sleep}, flaky(6)},
	}
	for _, c := range cases {
		slept = nil
		err := c.r.Do(context.Background(), c.op)
		fmt.Printf("%-10s sleeps=%v\n", c.name, slept)
		if err != nil {
			fmt.Println("  " + strings.ReplaceAll(err.Error(), "\n", "\n  "))
		}
	}

	ctx, cancel := context.WithCancel(context.Background())
	calls := 0
	err := Retrier{5, Constant(0), func(time.Duration) {}}.Do(ctx, func(a int) error {
		calls++
		if a == 1 {
			cancel()
		}
		return TemporaryError{"flap"}
	})
	fmt.Println(calls, errors.Is(err, context.Canceled))
	var te TemporaryError
	fmt.Println(errors.As(err, &te), te.Msg)
}
