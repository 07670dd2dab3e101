package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strconv"
)

type OpError struct {
	Op   string
	Code int
	Err  error
}

func (e *OpError) Error() string { return fmt.Sprintf("%s [%d]: %v", e.Op, e.Code, e.Err) }
func (e *OpError) Unwrap() error { return e.Err }

var ErrTimeout = errors.New("timeout")
var ErrAuth = errors.New("unauthorized")

func call(n int) error {
	switch n % 4 {
	case 0:
		return nil
	case 1:
		return &OpError{"fetch", 504, ErrTimeout}
	case 2:
		return fmt.Errorf("service: %w", &OpError{"login", 401, ErrAuth})
	default:
		_, err := strconv.ParseInt("9999999999999999999999", 10, 64)
		return fmt.Errorf("parse step %d: %w", n, err)
	}
}

func retry(attempts int, f func(int) error) error {
	var errs []error
	for i := 0; i < attempts; i++ {
		err := f(i)
		if err == nil {
			return nil
		}
		errs = append(errs, fmt.Errorf("attempt %d: %w", i, err))
		if errors.Is(err, ErrAuth) {
			break
		}
	}
	return errors.Join(errs...)
}

func main() {
	for i := 0; i < 5; i++ {
		err := call(i)
		var op *OpError
		var ne *strconv.NumError
		fmt.Printf("%d: %v\n", i, err)
		if errors.As(err, &op) {
			fmt.Println("   op", op.Op, op.Code, errors.Is(err, ErrTimeout))
		}
		if errors.As(err, &ne) {
			fmt.Println("   numerr", ne.Func, ne.Num, ne.Err == strconv.ErrRange)
		}
	}
	err := retry(5, func(i int) error { return call(i + 1) })
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrTimeout), errors.Is(err, ErrAuth))
	_, err = os.Open("/definitely/not/here.txt")
	fmt.Println(errors.Is(err, fs.ErrNotExist), errors.Is(err, os.ErrNotExist))
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Println(pe.Op, pe.Path)
	}
	wrapped := fmt.Errorf("outer: %w", fmt.Errorf("middle: %w", ErrTimeout))
	fmt.Println(errors.Unwrap(wrapped), errors.Unwrap(errors.Unwrap(wrapped)) == ErrTimeout)
}
