package main

import (
	"errors"
	"fmt"
	"time"
)

type TemporaryError interface {
	error
	Temporary() bool
}

type HTTPError struct {
	Status int
	URL    string
}

func (e *HTTPError) Error() string   { return fmt.Sprintf("GET %s: status %d", e.URL, e.Status) }
func (e *HTTPError) Temporary() bool { return e.Status >= 500 || e.Status == 429 }

type RetryError struct {
	Attempts int
	Last     error
}

func (e RetryError) Error() string {
	return fmt.Sprintf("gave up after %d attempts: %v", e.Attempts, e.Last)
}

func (e RetryError) Unwrap() error { return e.Last }

var ErrPermanent = errors.New("permanent failure")

type Policy struct {
	MaxAttempts int
	Base        time.Duration
	Max         time.Duration
	Sleep       func(time.Duration)
}

func (p Policy) backoff(attempt int) time.Duration {
	d := p.Base << attempt
	if d > p.Max || d <= 0 {
		d = p.Max
	}
	return d
}

func (p Policy) Do(op func(attempt int) error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("operation panicked: %v", r)
		}
	}()
	for attempt := 0; attempt < p.MaxAttempts; attempt++ {
		err = op(attempt)
		if err == nil {
			return nil
		}
		var te TemporaryError
		if errors.Is(err, ErrPermanent) || (errors.As(err, &te) && !te.Temporary()) {
			return err
		}
		if attempt < p.MaxAttempts-1 {
			p.Sleep(p.backoff(attempt))
		}
	}
	return RetryError{Attempts: p.MaxAttempts, Last: err}
}

func main() {
	var slept []time.Duration
	p := Policy{MaxAttempts: 5, Base: 100 * time.Millisecond, Max: time.Second, Sleep: func(d time.Duration) { slept = append(slept, d) }}

	scenarios := []struct {
		name string
		op   func(int) error
	}{
		{"succeeds third", func(a int) error {
			if a < 2 {
				return &HTTPError{503, "/api"}
			}
			return nil
		}},
		{"always 500", func(int) error { return &HTTPError{500, "/flaky"} }},
		{"404", func(int) error { return fmt.Errorf("fetch: %w", &HTTPError{404, "/missing"}) }},
		{"permanent", func(a int) error {
			if a == 1 {
				return fmt.Errorf("db: %w", ErrPermanent)
			}
			return errors.New("timeout")
		}},
		{"panics", func(a int) error {
			if a == 1 {
				var m map[string]int
				m["x"] = 1
			}
			return errors.New("again")
		}},
	}
	for _, s := range scenarios {
		slept = nil
		err := p.Do(s.op)
		fmt.Printf("%-15s err=%v\n", s.name, err)
		fmt.Printf("%-15s slept=%v\n", "", slept)
		var re RetryError
		var he *HTTPError
		if errors.As(err, &re) {
			fmt.Printf("%-15s retry attempts=%d\n", "", re.Attempts)
		}
		if errors.As(err, &he) {
			fmt.Printf("%-15s http status=%d temporary=%t %T\n", "", he.Status, he.Temporary(), err)
		}
	}
}
