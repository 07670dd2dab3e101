package main

import (
	"errors"
	"fmt"
)

// temporary is the behavior callers check for, not a concrete type.
type temporary interface {
	Temporary() bool
}

type netError struct {
	op   string
	temp bool
}

func (e *netError) Error() string   { return "net " + e.op + " failed" }
func (e *netError) Temporary() bool { return e.temp }

func isTemporary(err error) bool {
	var t temporary
	return errors.As(err, &t) && t.Temporary()
}

type flaky struct {
	failures []error
	calls    int
}

func (f *flaky) Call() error {
	f.calls++
	if len(f.failures) == 0 {
		return nil
	}
	err := f.failures[0]
	f.failures = f.failures[1:]
	return err
}

type RetryError struct {
	Attempts int
	Last     error
}

func (e *RetryError) Error() string {
	return fmt.Sprintf("gave up after %d attempts: %v", e.Attempts, e.Last)
}

func (e *RetryError) Unwrap() error { return e.Last }

func retry(max int, op func() error, log func(string)) error {
	var err error
	for attempt := 1; attempt <= max; attempt++ {
		err = op()
		switch {
		case err == nil:
			log(fmt.Sprintf("attempt %d: ok", attempt))
			return nil
		case !isTemporary(err):
			log(fmt.Sprintf("attempt %d: permanent: %v", attempt, err))
			return fmt.Errorf("permanent failure: %w", err)
		default:
			log(fmt.Sprintf("attempt %d: retrying after %v", attempt, err))
		}
	}
	return &RetryError{max, err}
}

func main() {
	logf := func(s string) { fmt.Println("  " + s) }

	cases := []struct {
		name string
		f    *flaky
	}{
		{"recovers", &flaky{failures: []error{&netError{"dial", true}, &netError{"read", true}}}},
		{"permanent", &flaky{failures: []error{&netError{"dial", true}, &netError{"auth", false}}}},
		{"exhausted", &flaky{failures: []error{
			&netError{"a", true}, &netError{"b", true}, &netError{"c", true}, &netError{"d", true},
		}}},
		{"wrapped", &flaky{failures: []error{fmt.Errorf("call: %w", &netError{"write", true})}}},
		{"plain", &flaky{failures: []error{errors.New("boom")}}},
	}
	for _, c := range cases {
		fmt.Println(c.name + ":")
		err := retry(3, c.f.Call, logf)
		fmt.Printf("  => err=%v calls=%d\n", err, c.f.calls)
		var re *RetryError
		if errors.As(err, &re) {
			var ne *netError
			errors.As(re, &ne)
			fmt.Printf("  retry error: attempts=%d last op=%s\n", re.Attempts, ne.op)
		}
	}
	var nilNet *netError
	var err error = nilNet
	fmt.Println(err == nil, nilNet == nil)
}
