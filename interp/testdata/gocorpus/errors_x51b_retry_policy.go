package main

import (
	"errors"
	"fmt"
	"time"
)

type TemporaryError struct {
	Op    string
	Retry time.Duration
}

func (e TemporaryError) Error() string {
	return fmt.Sprintf("%s: temporary, retry in %v", e.Op, e.Retry)
}
func (e TemporaryError) Temporary() bool { return true }

type NotFoundError struct{ Key string }

func (e *NotFoundError) Error() string { return "not found: " + e.Key }
func (e *NotFoundError) Is(target error) bool {
	return target == ErrNotFound
}

var ErrNotFound = errors.New("not found")

type temporary interface{ Temporary() bool }

func retry(attempts int, op func(int) error) (err error) {
	var waited time.Duration
	defer func() {
		if err != nil {
			err = fmt.Errorf("after %d attempts (waited %v): %w", attempts, waited, err)
		}
	}()
	for i := 1; i <= attempts; i++ {
		err = op(i)
		if err == nil {
			return nil
		}
		var t temporary
		if !errors.As(err, &t) || !t.Temporary() {
			return err
		}
		var te TemporaryError
		if errors.As(err, &te) {
			waited += te.Retry
		}
	}
	return err
}

func main() {
	calls := map[string]int{}
	ops := map[string]func(int) error{
		"flaky": func(i int) error {
			calls["flaky"]++
			if i < 3 {
				return fmt.Errorf("fetch: %w", TemporaryError{"GET /stock", time.Duration(i) * 150 * time.Millisecond})
			}
			return nil
		},
		"missing": func(i int) error {
			calls["missing"]++
			return &NotFoundError{"sku-77"}
		},
		"down": func(i int) error {
			calls["down"]++
			return TemporaryError{"POST /pay", 2 * time.Second}
		},
	}
	for _, name := range []string{"flaky", "missing", "down"} {
		err := retry(4, ops[name])
		fmt.Printf("%-8s err=%v\n", name, err)
		fmt.Printf("%-8s notfound=%t calls=%d\n", "", errors.Is(err, ErrNotFound), calls[name])
		var nf *NotFoundError
		if errors.As(err, &nf) {
			fmt.Printf("         key=%s %T\n", nf.Key, errors.Unwrap(err))
		}
	}
	wrapped := fmt.Errorf("outer: %w and %w", ErrNotFound, TemporaryError{"x", time.Second})
	fmt.Println(wrapped, errors.Is(wrapped, ErrNotFound), errors.Unwrap(wrapped) == nil)
}
