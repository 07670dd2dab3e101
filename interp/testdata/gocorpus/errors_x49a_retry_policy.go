package main

import (
	"errors"
	"fmt"
	"time"
)

type Sleeper interface{ Sleep(time.Duration) }

type fakeSleeper struct{ slept []time.Duration }

func (f *fakeSleeper) Sleep(d time.Duration) { f.slept = append(f.slept, d) }

type TemporaryError struct {
	Op    string
	Retry time.Duration
}

func (e TemporaryError) Error() string   { return e.Op + ": temporary failure" }
func (e TemporaryError) Temporary() bool { return true }

var ErrFatal = errors.New("fatal")

type Retrier struct {
	s        Sleeper
	attempts int
	base     time.Duration
}

func NewRetrier(s Sleeper, attempts int, base time.Duration) *Retrier {
	return &Retrier{s: s, attempts: attempts, base: base}
}

func (r *Retrier) Do(op func(attempt int) error) (err error) {
	delay := r.base
	for i := 1; i <= r.attempts; i++ {
		err = op(i)
		if err == nil {
			return nil
		}
		var te TemporaryError
		if !errors.As(err, &te) {
			return fmt.Errorf("attempt %d: %w", i, err)
		}
		if i == r.attempts {
			break
		}
		if te.Retry > 0 {
			r.s.Sleep(te.Retry)
		} else {
			r.s.Sleep(delay)
			delay *= 2
		}
	}
	return fmt.Errorf("gave up after %d attempts: %w", r.attempts, err)
}

func flaky(failures int, retry time.Duration) func(int) error {
	return func(attempt int) error {
		if attempt <= failures {
			return fmt.Errorf("call #%d: %w", attempt, TemporaryError{Op: "dial", Retry: retry})
		}
		return nil
	}
}

func main() {
	tests := []struct {
		name      string
		op        func(int) error
		wantErr   bool
		wantSleep []time.Duration
	}{
		{"ok first", flaky(0, 0), false, nil},
		{"two failures", flaky(2, 0), false, []time.Duration{100 * time.Millisecond, 200 * time.Millisecond}},
		{"server hint", flaky(1, 3*time.Second), false, []time.Duration{3 * time.Second}},
		{"exhausted", flaky(9, 0), true, []time.Duration{100 * time.Millisecond, 200 * time.Millisecond, 400 * time.Millisecond}},
		{"fatal", func(int) error { return ErrFatal }, true, nil},
	}
	for _, tt := range tests {
		fs := &fakeSleeper{}
		err := NewRetrier(fs, 4, 100*time.Millisecond).Do(tt.op)
		ok := (err != nil) == tt.wantErr && fmt.Sprint(fs.slept) == fmt.Sprint(tt.wantSleep)
		verdict := "PASS"
		if !ok {
			verdict = "FAIL"
		}
		fmt.Printf("%s %-13s slept=%v err=%v\n", verdict, tt.name, fs.slept, err)
		var te TemporaryError
		if errors.As(err, &te) {
			fmt.Printf("     temporary op=%s %+v\n", te.Op, te)
		}
		if errors.Is(err, ErrFatal) {
			fmt.Println("     fatal detected")
		}
	}
}
