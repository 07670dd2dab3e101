package main

import (
	"errors"
	"fmt"
)

type TemporaryError struct {
	Attempt int
	Cause   error
}

func (e *TemporaryError) Error() string {
	return fmt.Sprintf("temporary failure (attempt %d): %v", e.Attempt, e.Cause)
}
func (e *TemporaryError) Unwrap() error   { return e.Cause }
func (e *TemporaryError) Temporary() bool { return true }

var (
	ErrTimeout  = errors.New("timeout")
	ErrNotFound = errors.New("not found")
	ErrGaveUp   = errors.New("gave up")
)

func Retry(max int, op func(int) error) error {
	var errs []error
	for i := 1; i <= max; i++ {
		err := op(i)
		if err == nil {
			return nil
		}
		errs = append(errs, err)
		var t interface{ Temporary() bool }
		if !errors.As(err, &t) || !t.Temporary() {
			return fmt.Errorf("permanent after %d: %w", i, err)
		}
	}
	return fmt.Errorf("%w: %w", ErrGaveUp, errors.Join(errs...))
}

func flaky(failUntil int) func(int) error {
	return func(attempt int) error {
		if attempt < failUntil {
			return &TemporaryError{attempt, ErrTimeout}
		}
		return nil
	}
}

func main() {
	err := Retry(5, flaky(3))
	fmt.Println("flaky(3):", err)
	err = Retry(3, flaky(10))
	fmt.Println("flaky(10):", err)
	fmt.Println("  gave up:", errors.Is(err, ErrGaveUp), "timeout:", errors.Is(err, ErrTimeout), "notfound:", errors.Is(err, ErrNotFound))
	var te *TemporaryError
	if errors.As(err, &te) {
		fmt.Println("  first temp attempt:", te.Attempt)
	}
	err = Retry(5, func(a int) error {
		if a == 1 {
			return &TemporaryError{a, ErrTimeout}
		}
		return fmt.Errorf("lookup user %d: %w", 42, ErrNotFound)
	})
	fmt.Println("mixed:", err)
	fmt.Println("  notfound:", errors.Is(err, ErrNotFound), "gave up:", errors.Is(err, ErrGaveUp))
	u := errors.Unwrap(err)
	fmt.Printf("  unwrap: %T %v\n", u, u)
	if m, ok := errors.Unwrap(fmt.Errorf("%w: %w", ErrGaveUp, ErrTimeout)).(interface{ Unwrap() []error }); ok {
		fmt.Println("multi", len(m.Unwrap()))
	} else {
		fmt.Println("Unwrap of multi-%w is nil")
	}
	wrapped := fmt.Errorf("outer: %w", fmt.Errorf("middle: %w", &TemporaryError{7, ErrTimeout}))
	for e := error(wrapped); e != nil; e = errors.Unwrap(e) {
		fmt.Printf("  chain %T: %v\n", e, e)
	}
}
