package main

import (
	"errors"
	"fmt"
	"strings"
)

type TemporaryError interface {
	error
	Temporary() bool
}

type NetworkError struct {
	Op        string
	Transient bool
}

func (e *NetworkError) Error() string   { return "network error during " + e.Op }
func (e *NetworkError) Temporary() bool { return e.Transient }

var ErrPermission = errors.New("permission denied")

type RetryPolicy struct {
	MaxAttempts int
	BaseDelayMs int
	Multiplier  float64
	MaxDelayMs  int
}

func (p RetryPolicy) Delay(attempt int) int {
	d := float64(p.BaseDelayMs)
	for i := 1; i < attempt; i++ {
		d *= p.Multiplier
	}
	return min(int(d), p.MaxDelayMs)
}

type RetryError struct {
	Attempts int
	Last     error
	All      []error
}

func (e *RetryError) Error() string {
	return fmt.Sprintf("gave up after %d attempts: %v", e.Attempts, e.Last)
}

func (e *RetryError) Unwrap() error { return e.Last }

func Retry[T any](p RetryPolicy, op func(attempt int) (T, error), sleep func(ms int)) (T, error) {
	var errs []error
	var zero T
	for attempt := 1; attempt <= p.MaxAttempts; attempt++ {
		v, err := op(attempt)
		if err == nil {
			return v, nil
		}
		errs = append(errs, err)
		var te TemporaryError
		if !errors.As(err, &te) || !te.Temporary() {
			return zero, fmt.Errorf("permanent failure on attempt %d: %w", attempt, err)
		}
		if attempt < p.MaxAttempts {
			sleep(p.Delay(attempt))
		}
	}
	return zero, &RetryError{Attempts: p.MaxAttempts, Last: errs[len(errs)-1], All: errs}
}

func main() {
	policy := RetryPolicy{MaxAttempts: 5, BaseDelayMs: 100, Multiplier: 2.5, MaxDelayMs: 1000}
	for a := 1; a <= 5; a++ {
		fmt.Print(policy.Delay(a), " ")
	}
	fmt.Println()
	var slept []int
	sleep := func(ms int) { slept = append(slept, ms) }

	v, err := Retry(policy, func(n int) (string, error) {
		if n < 3 {
			return "", &NetworkError{Op: fmt.Sprintf("dial#%d", n), Transient: true}
		}
		return "connected", nil
	}, sleep)
	fmt.Println(v, err, slept)

	slept = nil
	_, err = Retry(policy, func(n int) (int, error) {
		if n == 2 {
			return 0, fmt.Errorf("read config: %w", ErrPermission)
		}
		return 0, &NetworkError{Op: "read", Transient: true}
	}, sleep)
	fmt.Println(err, errors.Is(err, ErrPermission), slept)

	slept = nil
	_, err = Retry(policy, func(n int) (bool, error) {
		return false, &NetworkError{Op: "write", Transient: n != 99}
	}, sleep)
	var re *RetryError
	if errors.As(err, &re) {
		msgs := make([]string, len(re.All))
		for i, e := range re.All {
			msgs[i] = e.Error()
		}
		fmt.Println(re.Attempts, strings.Join(msgs, " | "))
	}
	var ne *NetworkError
	fmt.Println(err, errors.As(err, &ne), ne.Op, slept)

	_, err = Retry(RetryPolicy{MaxAttempts: 3}, func(int) (int, error) {
		return 0, &NetworkError{Op: "auth", Transient: false}
	}, sleep)
	fmt.Printf("%v\n%T\n", err, errors.Unwrap(err))
}
