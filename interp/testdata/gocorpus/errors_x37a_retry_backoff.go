package main

import (
	"errors"
	"fmt"
	"time"
)

type TemporaryError struct {
	Op    string
	After time.Duration
}

func (e *TemporaryError) Error() string   { return e.Op + ": temporarily unavailable" }
func (e *TemporaryError) Temporary() bool { return true }

type Clock struct{ now time.Time }

func (c *Clock) Sleep(d time.Duration) { c.now = c.now.Add(d) }

type Policy struct {
	Attempts int
	Base     time.Duration
	Max      time.Duration
}

func (p Policy) Do(c *Clock, name string, op func(attempt int) error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%s: aborted: %v", name, r)
		}
	}()
	delay := p.Base
	for a := 1; a <= p.Attempts; a++ {
		err = op(a)
		if err == nil {
			fmt.Printf("  %s ok on attempt %d at %s\n", name, a, c.now.Format("15:04:05.000"))
			return nil
		}
		var tmp interface{ Temporary() bool }
		if !errors.As(err, &tmp) || !tmp.Temporary() {
			return fmt.Errorf("%s: permanent: %w", name, err)
		}
		wait := delay
		var te *TemporaryError
		if errors.As(err, &te) && te.After > wait {
			wait = te.After
		}
		fmt.Printf("  %s attempt %d failed (%v); waiting %v\n", name, a, err, wait)
		c.Sleep(wait)
		delay = min(delay*2, p.Max)
	}
	return fmt.Errorf("%s: gave up after %d attempts: %w", name, p.Attempts, err)
}

func main() {
	clock := &Clock{time.Date(2024, 2, 29, 23, 59, 58, 0, time.UTC)}
	p := Policy{Attempts: 4, Base: 100 * time.Millisecond, Max: 300 * time.Millisecond}
	ops := []struct {
		name string
		fn   func(int) error
	}{
		{"fetch-users", func(a int) error {
			if a < 3 {
				return &TemporaryError{Op: "GET /users"}
			}
			return nil
		}},
		{"write-db", func(a int) error {
			return fmt.Errorf("insert: %w", &TemporaryError{Op: "db", After: 2 * time.Second})
		}},
		{"parse", func(a int) error { return errors.New("bad json") }},
		{"index", func(a int) error {
			var m map[string]int
			if a == 2 {
				m["x"]++
			}
			return &TemporaryError{Op: "idx"}
		}},
	}
	start := clock.now
	for _, o := range ops {
		err := p.Do(clock, o.name, o.fn)
		fmt.Printf("%-12s -> %v\n", o.name, err)
		var te *TemporaryError
		fmt.Println("   temporary in chain:", errors.As(err, &te))
	}
	fmt.Println("elapsed:", clock.now.Sub(start), "now:", clock.now.Format(time.RFC3339Nano))
	fmt.Println("date rolled to:", clock.now.Format("Jan 2"), clock.now.YearDay())
}
