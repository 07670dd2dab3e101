package main

import (
	"errors"
	"fmt"
	"time"
)

type temporary interface {
	Temporary() bool
}

type NetError struct {
	Op   string
	temp bool
}

func (e *NetError) Error() string   { return "net " + e.Op + " failed" }
func (e *NetError) Temporary() bool { return e.temp }

var ErrGiveUp = errors.New("giving up")

type Policy struct {
	MaxAttempts int
	Base        time.Duration
	Max         time.Duration
	Factor      float64
}

func (p Policy) Delay(attempt int) time.Duration {
	d := float64(p.Base)
	for i := 1; i < attempt; i++ {
		d *= p.Factor
	}
	if time.Duration(d) > p.Max {
		return p.Max
	}
	return time.Duration(d)
}

func Retry(p Policy, op func(attempt int) error) (slept time.Duration, err error) {
	for attempt := 1; ; attempt++ {
		err = op(attempt)
		if err == nil {
			return slept, nil
		}
		var t temporary
		if !errors.As(err, &t) || !t.Temporary() {
			return slept, fmt.Errorf("attempt %d: permanent: %w", attempt, err)
		}
		if attempt == p.MaxAttempts {
			return slept, fmt.Errorf("%w after %d attempts: %w", ErrGiveUp, attempt, err)
		}
		d := p.Delay(attempt)
		slept += d
		fmt.Printf("  attempt %d failed (%v), waiting %v\n", attempt, err, d)
	}
}

func main() {
	p := Policy{MaxAttempts: 5, Base: 100 * time.Millisecond, Max: time.Second, Factor: 2.5}
	for i := 1; i <= 5; i++ {
		fmt.Print(p.Delay(i), " ")
	}
	fmt.Println()

	slept, err := Retry(p, func(a int) error {
		if a < 3 {
			return &NetError{"dial", true}
		}
		return nil
	})
	fmt.Println("case1:", slept, err)

	slept, err = Retry(p, func(a int) error {
		return fmt.Errorf("wrapped: %w", &NetError{"read", true})
	})
	fmt.Println("case2:", slept, err)
	fmt.Println("  give up?", errors.Is(err, ErrGiveUp))
	var ne *NetError
	fmt.Println("  net error?", errors.As(err, &ne), ne.Op)

	slept, err = Retry(p, func(a int) error {
		if a == 2 {
			return &NetError{"write", false}
		}
		return &NetError{"dial", true}
	})
	fmt.Println("case3:", slept, err)

	_, err = Retry(p, func(int) error { return errors.New("plain") })
	fmt.Println("case4:", err, errors.Is(err, ErrGiveUp))

	multi := fmt.Errorf("a: %w, b: %w", ErrGiveUp, &NetError{"x", false})
	fmt.Println(multi, errors.Is(multi, ErrGiveUp), errors.Unwrap(multi) == nil)
	if u, ok := multi.(interface{ Unwrap() []error }); ok {
		fmt.Println(len(u.Unwrap()))
	}
	fmt.Printf("%v|%s|%q\n", ErrGiveUp, ErrGiveUp, ErrGiveUp)
	fmt.Printf("%+v\n", &NetError{"y", true})
}
