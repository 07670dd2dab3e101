package main

import (
	"errors"
	"fmt"
	"strings"
)

type TemporaryError struct {
	Op      string
	Attempt int
}

func (e *TemporaryError) Error() string {
	return fmt.Sprintf("%s: temporary failure (attempt %d)", e.Op, e.Attempt)
}
func (e *TemporaryError) Temporary() bool { return true }

var ErrFatal = errors.New("fatal")

type HTTPError struct {
	Code int
}

func (h HTTPError) Error() string { return fmt.Sprintf("http %d", h.Code) }
func (h HTTPError) Is(target error) bool {
	t, ok := target.(HTTPError)
	return ok && (t.Code == 0 || t.Code == h.Code)
}

type temporary interface{ Temporary() bool }

func Retry(max int, op func(attempt int) error) (attempts int, err error) {
	var errs []error
	for attempts = 1; attempts <= max; attempts++ {
		err = op(attempts)
		if err == nil {
			return attempts, nil
		}
		errs = append(errs, err)
		var t temporary
		if !errors.As(err, &t) || !t.Temporary() {
			return attempts, fmt.Errorf("permanent after %d: %w", attempts, err)
		}
	}
	return max, fmt.Errorf("gave up: %w", errors.Join(errs...))
}

func main() {
	flaky := func(okAt int) func(int) error {
		return func(a int) error {
			if a < okAt {
				return fmt.Errorf("fetch: %w", &TemporaryError{"GET /", a})
			}
			return nil
		}
	}
	n, err := Retry(5, flaky(3))
	fmt.Println(n, err)
	n, err = Retry(2, flaky(10))
	fmt.Println(n, strings.ReplaceAll(err.Error(), "\n", " | "))
	var te *TemporaryError
	fmt.Println(errors.As(err, &te), te.Attempt)
	n, err = Retry(5, func(a int) error {
		if a == 2 {
			return fmt.Errorf("db: %w", ErrFatal)
		}
		return &TemporaryError{"db", a}
	})
	fmt.Println(n, err, errors.Is(err, ErrFatal))
	_, err = Retry(3, func(int) error { return fmt.Errorf("call: %w", HTTPError{503}) })
	fmt.Println(err)
	fmt.Println(errors.Is(err, HTTPError{}), errors.Is(err, HTTPError{503}), errors.Is(err, HTTPError{404}))
	var he HTTPError
	if errors.As(err, &he) {
		fmt.Println("code", he.Code)
	}
}
