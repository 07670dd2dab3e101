// Exercises: a custom error type with Unwrap in the middle of a %w chain, walked with errors.Unwrap.
package main

import (
	"errors"
	"fmt"
)

var ErrTimeout = errors.New("timeout")

type OpError struct {
	Op   string
	Addr string
	Err  error
}

func (e *OpError) Error() string { return e.Op + " " + e.Addr + ": " + e.Err.Error() }
func (e *OpError) Unwrap() error { return e.Err }

func dial(addr string) error {
	return &OpError{Op: "dial", Addr: addr, Err: ErrTimeout}
}

func fetch(url string) error {
	if err := dial("10.0.0.1:80"); err != nil {
		return fmt.Errorf("fetch %s: %w", url, err)
	}
	return nil
}

func main() {
	err := fetch("/index.html")
	fmt.Println(err)
	depth := 0
	for e := err; e != nil; e = errors.Unwrap(e) {
		fmt.Printf("%d %T\n", depth, e)
		depth++
	}
	fmt.Println(errors.Is(err, ErrTimeout))
	var op *OpError
	if errors.As(err, &op) {
		fmt.Println("op:", op.Op, "addr:", op.Addr, "inner:", op.Err)
	}
	plain := fmt.Errorf("no wrap: %v", ErrTimeout)
	fmt.Println(errors.Is(plain, ErrTimeout), errors.Unwrap(plain) == nil)
}
