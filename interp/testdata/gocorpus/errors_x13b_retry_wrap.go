package main

import (
	"errors"
	"fmt"
)

var ErrTransient = errors.New("transient failure")
var ErrFatal = errors.New("fatal failure")

type AttemptError struct {
	Attempt int
	Err     error
}

func (e *AttemptError) Error() string {
	return fmt.Sprintf("attempt %d: %v", e.Attempt, e.Err)
}

func (e *AttemptError) Unwrap() error { return e.Err }

type op func(n int) error

func retry(max int, f op) error {
	var errs []error
	for i := 1; i <= max; i++ {
		err := f(i)
		if err == nil {
			return errors.Join(errs...)
		}
		wrapped := &AttemptError{Attempt: i, Err: err}
		errs = append(errs, wrapped)
		if errors.Is(err, ErrFatal) {
			return fmt.Errorf("giving up: %w", errors.Join(errs...))
		}
	}
	return fmt.Errorf("exhausted %d attempts: %w", max, errors.Join(errs...))
}

func main() {
	flaky := func(n int) error {
		if n < 3 {
			return fmt.Errorf("dial tcp: %w", ErrTransient)
		}
		return nil
	}
	broken := func(n int) error {
		if n == 2 {
			return fmt.Errorf("bad config: %w", ErrFatal)
		}
		return ErrTransient
	}
	never := func(n int) error { return ErrTransient }

	cases := []struct {
		name string
		f    op
	}{{"flaky", flaky}, {"broken", broken}, {"never", never}}

	for _, c := range cases {
		err := retry(4, c.f)
		fmt.Printf("== %s\n", c.name)
		if err == nil {
			fmt.Println("ok, no error")
			continue
		}
		fmt.Println(err)
		fmt.Println("transient?", errors.Is(err, ErrTransient), "fatal?", errors.Is(err, ErrFatal))
		var ae *AttemptError
		if errors.As(err, &ae) {
			fmt.Println("first attempt error:", ae.Attempt)
		}
	}
	// errors.Join with nil only
	fmt.Println(errors.Join(nil, nil) == nil)
}
