// Exercises: a retry loop that retries only transient errors, identified by a sentinel.
package main

import (
	"errors"
	"fmt"
)

var ErrTransient = errors.New("transient")
var ErrFatal = errors.New("fatal")

type flaky struct {
	failures []error
	calls    int
}

func (f *flaky) Do() (string, error) {
	f.calls++
	if f.calls <= len(f.failures) {
		return "", fmt.Errorf("attempt %d: %w", f.calls, f.failures[f.calls-1])
	}
	return fmt.Sprintf("success after %d calls", f.calls), nil
}

func retry(max int, op func() (string, error)) (string, error) {
	var last error
	for attempt := 1; attempt <= max; attempt++ {
		res, err := op()
		if err == nil {
			return res, nil
		}
		last = err
		if !errors.Is(err, ErrTransient) {
			return "", fmt.Errorf("giving up: %w", err)
		}
		fmt.Println("  retrying after:", err)
	}
	return "", fmt.Errorf("after %d attempts: %w", max, last)
}

func main() {
	scenarios := [][]error{
		nil,
		{ErrTransient, ErrTransient},
		{ErrTransient, ErrFatal},
		{ErrTransient, ErrTransient, ErrTransient, ErrTransient},
	}
	for i, s := range scenarios {
		f := &flaky{failures: s}
		res, err := retry(3, f.Do)
		fmt.Printf("scenario %d: %q err=%v fatal=%v\n", i, res, err, errors.Is(err, ErrFatal))
	}
}
