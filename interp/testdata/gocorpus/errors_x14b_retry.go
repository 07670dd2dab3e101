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

type StatusError struct{ Code int }

func (e StatusError) Error() string { return fmt.Sprintf("status %d", e.Code) }

func (e StatusError) Is(target error) bool {
	t, ok := target.(StatusError)
	return ok && (t.Code == 0 || t.Code/100 == e.Code/100)
}

var ErrGiveUp = errors.New("gave up")

type flaky struct {
	failures int
	calls    int
	final    error
}

func (f *flaky) Do(op string) error {
	f.calls++
	if f.calls <= f.failures {
		return fmt.Errorf("call %d: %w", f.calls, &TemporaryError{op, f.calls})
	}
	return f.final
}

func retry(max int, fn func() error) (err error) {
	var log []string
	defer func() {
		if len(log) > 0 {
			fmt.Println("  retries:", strings.Join(log, " | "))
		}
	}()
	for i := 1; i <= max; i++ {
		err = fn()
		if err == nil {
			return nil
		}
		var temp interface{ Temporary() bool }
		if !errors.As(err, &temp) || !temp.Temporary() {
			return fmt.Errorf("permanent: %w", err)
		}
		log = append(log, err.Error())
	}
	return fmt.Errorf("%w after %d attempts: %w", ErrGiveUp, max, err)
}

func main() {
	cases := []*flaky{
		{failures: 0},
		{failures: 2},
		{failures: 5},
		{failures: 1, final: StatusError{503}},
		{failures: 0, final: StatusError{404}},
	}
	for i, f := range cases {
		err := retry(3, func() error { return f.Do(fmt.Sprint("op", i)) })
		fmt.Printf("case %d calls=%d err=%v\n", i, f.calls, err)
		fmt.Println("  giveup:", errors.Is(err, ErrGiveUp), "5xx:", errors.Is(err, StatusError{500}), "4xx:", errors.Is(err, StatusError{400}), "any:", errors.Is(err, StatusError{}))
		var te *TemporaryError
		if errors.As(err, &te) {
			fmt.Println("  last temp attempt", te.Attempt)
		}
	}
	joined := errors.Join(nil, StatusError{500}, nil)
	fmt.Printf("%v | %v\n", joined, errors.Join(nil, nil) == nil)
}
