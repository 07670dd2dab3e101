package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type FieldError struct {
	Field string
	Msg   string
}

func (e FieldError) Error() string { return e.Field + ": " + e.Msg }

var ErrRange = errors.New("out of range")

type Order struct {
	ID    int
	Qty   int
	Email string
	Code  string
}

func validate(o Order) error {
	var errs []error
	if o.Qty <= 0 || o.Qty > 100 {
		errs = append(errs, fmt.Errorf("qty %d: %w", o.Qty, ErrRange))
	}
	if !strings.Contains(o.Email, "@") {
		errs = append(errs, FieldError{"email", "missing @"})
	}
	if _, err := strconv.ParseInt(o.Code, 16, 32); err != nil {
		errs = append(errs, fmt.Errorf("code: %w", err))
	}
	return errors.Join(errs...)
}

func mustPositive(n int) (res int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
			res = -1
		}
	}()
	if n < 0 {
		panic(fmt.Sprintf("negative: %d", n))
	}
	return n * 2
}

type temporary interface{ Temporary() bool }

type netErr struct{ retry bool }

func (n netErr) Error() string   { return fmt.Sprintf("net error (retry=%v)", n.retry) }
func (n netErr) Temporary() bool { return n.retry }

func fetch(attempt int) error {
	if attempt < 3 {
		return fmt.Errorf("attempt %d: %w", attempt, netErr{true})
	}
	if attempt == 3 {
		return fmt.Errorf("attempt %d: %w", attempt, netErr{false})
	}
	return nil
}

func main() {
	orders := []Order{
		{1, 5, "a@x.io", "ff"},
		{2, 0, "bx.io", "zz"},
		{3, 500, "c@x.io", "10"},
		{4, 7, "nomail", "7fffffffff"},
	}
	for _, o := range orders {
		err := validate(o)
		if err == nil {
			fmt.Printf("order %d ok\n", o.ID)
			continue
		}
		var fe FieldError
		var ne *strconv.NumError
		fmt.Printf("order %d invalid: range=%v field=%v num=%v\n", o.ID, errors.Is(err, ErrRange), errors.As(err, &fe), errors.As(err, &ne))
		for _, line := range strings.Split(err.Error(), "\n") {
			fmt.Println("   -", line)
		}
		if ne != nil {
			fmt.Println("   num err:", ne.Err == strconv.ErrSyntax, ne.Err == strconv.ErrRange)
		}
	}
	fmt.Println(mustPositive(4), mustPositive(-4))
	for i := 1; ; i++ {
		err := fetch(i)
		if err == nil {
			fmt.Println("success at", i)
			break
		}
		var t temporary
		if errors.As(err, &t) && t.Temporary() {
			fmt.Println("retrying:", err)
			continue
		}
		fmt.Println("giving up:", err)
		if i > 3 {
			break
		}
	}
	wrapped := fmt.Errorf("outer: %w + %w", ErrRange, FieldError{"x", "y"})
	fmt.Println(wrapped, errors.Is(wrapped, ErrRange), errors.Unwrap(wrapped) == nil)
}
