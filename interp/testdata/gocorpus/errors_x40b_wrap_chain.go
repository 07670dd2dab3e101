package main

import (
	"errors"
	"fmt"
	"os"
	"strconv"
)

var ErrNotFound = errors.New("not found")

type ValidationError struct {
	Field string
	Err   error
}

func (v *ValidationError) Error() string { return v.Field + ": " + v.Err.Error() }
func (v *ValidationError) Unwrap() error { return v.Err }

type TimeoutErr struct{}

func (TimeoutErr) Error() string   { return "timeout" }
func (TimeoutErr) Timeout() bool   { return true }
func (TimeoutErr) Is(t error) bool { return t == os.ErrDeadlineExceeded }

func lookup(id int) error {
	if id < 0 {
		return &ValidationError{"id", errors.New("negative")}
	}
	if id > 10 {
		return fmt.Errorf("lookup %d: %w", id, ErrNotFound)
	}
	return nil
}

func parseAll(xs []string) error {
	var errs []error
	for _, x := range xs {
		if _, err := strconv.Atoi(x); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

func main() {
	for _, id := range []int{5, 11, -1} {
		err := lookup(id)
		var ve *ValidationError
		fmt.Printf("id=%d err=%v isNF=%v asVE=%v\n", id, err, errors.Is(err, ErrNotFound), errors.As(err, &ve))
		if ve != nil {
			fmt.Println("  field:", ve.Field)
		}
	}

	wrapped := fmt.Errorf("layer2: %w", fmt.Errorf("layer1: %w", ErrNotFound))
	fmt.Println(wrapped)
	fmt.Println(errors.Unwrap(wrapped))
	fmt.Println(errors.Unwrap(errors.Unwrap(wrapped)) == ErrNotFound)

	// %v instead of %w breaks the chain
	flat := fmt.Errorf("flat: %v", ErrNotFound)
	fmt.Println(flat, errors.Is(flat, ErrNotFound), errors.Unwrap(flat) == nil)

	// two %w
	multi := fmt.Errorf("a: %w, b: %w", ErrNotFound, TimeoutErr{})
	fmt.Println(multi, errors.Is(multi, ErrNotFound), errors.Is(multi, os.ErrDeadlineExceeded))

	var te interface{ Timeout() bool }
	fmt.Println(errors.As(multi, &te), te != nil && te.Timeout())

	joined := parseAll([]string{"1", "x", "2", "3.5"})
	fmt.Println(joined)
	fmt.Println(parseAll([]string{"1"}) == nil)
	var ne *strconv.NumError
	if errors.As(joined, &ne) {
		fmt.Println(ne.Func, ne.Num, ne.Err == strconv.ErrSyntax)
	}

	// sentinel compare vs new error with same text
	fmt.Println(errors.New("not found") == ErrNotFound, errors.New("x").Error() == "x")
	fmt.Printf("%T %T\n", wrapped, joined)

	// panic with error value
	func() {
		defer func() {
			if r := recover(); r != nil {
				if e, ok := r.(error); ok {
					fmt.Println("recovered error:", e, errors.Is(e, ErrNotFound))
				}
			}
		}()
		panic(fmt.Errorf("fatal: %w", ErrNotFound))
	}()

	// runtime errors are errors too
	func() {
		defer func() {
			r := recover()
			err, ok := r.(error)
			fmt.Println(ok, err)
		}()
		var arr []int
		idx := 3
		_ = arr[idx]
	}()
}
