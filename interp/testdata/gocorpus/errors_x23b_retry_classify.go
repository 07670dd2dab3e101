package main

import (
	"errors"
	"fmt"
	"time"
)

type TempError struct {
	Op    string
	After time.Duration
}

func (e *TempError) Error() string {
	return fmt.Sprintf("%s: temporary, retry after %v", e.Op, e.After)
}
func (e *TempError) Temporary() bool { return true }

type StatusError int

func (s StatusError) Error() string { return fmt.Sprintf("status %d", int(s)) }

func (s StatusError) Is(target error) bool {
	t, ok := target.(StatusError)
	return ok && (t == s || t == 500 && s >= 500)
}

var ErrAuth = errors.New("auth failed")

func retry(name string, attempts int, op func(int) error) (err error) {
	var waited time.Duration
	defer func() {
		if err != nil {
			err = fmt.Errorf("%s after %d attempts (waited %v): %w", name, attempts, waited, err)
		}
	}()
	for i := 1; i <= attempts; i++ {
		err = op(i)
		if err == nil {
			fmt.Printf("%s ok on attempt %d, waited %v\n", name, i, waited)
			return nil
		}
		var te interface{ Temporary() bool }
		if errors.As(err, &te) && te.Temporary() {
			var t *TempError
			errors.As(err, &t)
			waited += t.After
			continue
		}
		if errors.Is(err, StatusError(500)) {
			waited += time.Duration(i) * 100 * time.Millisecond
			continue
		}
		return err
	}
	return err
}

func main() {
	calls := 0
	err := retry("fetch", 4, func(i int) error {
		calls++
		if i < 3 {
			return fmt.Errorf("dial: %w", &TempError{"connect", 250 * time.Millisecond})
		}
		return nil
	})
	fmt.Println(err, calls)
	err = retry("upload", 3, func(i int) error { return StatusError(502 + i) })
	fmt.Println(err)
	fmt.Println(errors.Is(err, StatusError(500)), errors.Is(err, StatusError(505)), errors.Is(err, StatusError(404)))
	err = retry("login", 5, func(i int) error { return fmt.Errorf("user x: %w", ErrAuth) })
	fmt.Println(err, errors.Is(err, ErrAuth))
	var se StatusError
	fmt.Println(errors.As(fmt.Errorf("wrap: %w", StatusError(404)), &se), int(se))
	joined := errors.Join(StatusError(503), &TempError{"x", time.Second})
	var te *TempError
	fmt.Println(errors.Is(joined, StatusError(500)), errors.As(joined, &te), te.After)
}
