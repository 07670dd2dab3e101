package main

import (
	"errors"
	"fmt"
	"time"
)

type Sleeper interface{ Sleep(time.Duration) }

type FakeSleeper struct {
	Total time.Duration
	Calls []time.Duration
}

func (f *FakeSleeper) Sleep(d time.Duration) { f.Total += d; f.Calls = append(f.Calls, d) }

type TemporaryError struct {
	Op   string
	Code int
}

func (e TemporaryError) Error() string {
	return fmt.Sprintf("%s: temporary failure (code %d)", e.Op, e.Code)
}
func (e TemporaryError) Temporary() bool { return e.Code >= 500 }

var ErrGaveUp = errors.New("gave up")

type Policy struct {
	Attempts int
	Base     time.Duration
	Max      time.Duration
	Factor   float64
}

func Retry[T any](p Policy, s Sleeper, fn func(attempt int) (T, error)) (T, error) {
	var errs []error
	delay := p.Base
	for i := 1; i <= p.Attempts; i++ {
		v, err := fn(i)
		if err == nil {
			return v, nil
		}
		errs = append(errs, fmt.Errorf("attempt %d: %w", i, err))
		var t interface{ Temporary() bool }
		if !errors.As(err, &t) || !t.Temporary() {
			var zero T
			return zero, errors.Join(errs...)
		}
		if i < p.Attempts {
			s.Sleep(delay)
			delay = min(time.Duration(float64(delay)*p.Factor), p.Max)
		}
	}
	var zero T
	return zero, fmt.Errorf("%w after %d attempts: %w", ErrGaveUp, p.Attempts, errors.Join(errs...))
}

func flaky(failures int, code int) func(int) (string, error) {
	return func(n int) (string, error) {
		if n <= failures {
			return "", TemporaryError{"fetch", code}
		}
		return fmt.Sprintf("ok on try %d", n), nil
	}
}

func main() {
	pol := Policy{Attempts: 5, Base: 100 * time.Millisecond, Max: time.Second, Factor: 2.5}
	cases := []struct {
		name string
		fn   func(int) (string, error)
	}{
		{"recovers", flaky(2, 503)},
		{"permanent", flaky(9, 404)},
		{"exhausted", flaky(9, 500)},
		{"wrapped", func(n int) (string, error) {
			return "", fmt.Errorf("layer: %w", TemporaryError{"db", 502 - n})
		}},
	}
	for _, c := range cases {
		s := &FakeSleeper{}
		v, err := Retry(pol, s, c.fn)
		fmt.Printf("== %s: v=%q slept=%v calls=%v\n", c.name, v, s.Total, s.Calls)
		if err != nil {
			fmt.Println(err)
			var te TemporaryError
			fmt.Println("gaveUp:", errors.Is(err, ErrGaveUp), "as:", errors.As(err, &te), te.Code)
		}
	}
	n, err := Retry(Policy{Attempts: 1}, &FakeSleeper{}, func(int) (int, error) { return 42, nil })
	fmt.Println(n, err)
}
