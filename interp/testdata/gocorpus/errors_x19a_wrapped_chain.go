package main

import (
	"errors"
	"fmt"
	"io/fs"
	"strconv"
)

type NotFoundError struct {
	Resource string
	ID       int
}

func (e *NotFoundError) Error() string { return fmt.Sprintf("%s %d not found", e.Resource, e.ID) }

type ValidationError struct {
	Field string
	Err   error
}

func (e ValidationError) Error() string { return "validation: " + e.Field + ": " + e.Err.Error() }
func (e ValidationError) Unwrap() error { return e.Err }

var ErrTooLong = errors.New("too long")

type TempErr interface{ Temporary() bool }

type netErr struct{ msg string }

func (n netErr) Error() string   { return n.msg }
func (n netErr) Temporary() bool { return true }

func lookup(id int) error {
	switch {
	case id < 0:
		return ValidationError{"id", strconv.ErrRange}
	case id == 0:
		return ValidationError{"id", fmt.Errorf("empty: %w", ErrTooLong)}
	case id > 100:
		return fmt.Errorf("repo: %w", &NotFoundError{"user", id})
	case id == 42:
		return fmt.Errorf("fetch: %w", errors.Join(netErr{"timeout"}, fs.ErrPermission))
	}
	return nil
}

func classify(err error) string {
	var nf *NotFoundError
	var ve ValidationError
	var te TempErr
	switch {
	case err == nil:
		return "ok"
	case errors.As(err, &nf):
		return fmt.Sprintf("404 (%s #%d)", nf.Resource, nf.ID)
	case errors.As(err, &ve) && errors.Is(err, ErrTooLong):
		return "400 too long in " + ve.Field
	case errors.As(err, &ve):
		return "400 " + ve.Err.Error()
	case errors.As(err, &te) && te.Temporary():
		perm := errors.Is(err, fs.ErrPermission)
		return fmt.Sprintf("503 retry (perm=%v)", perm)
	}
	return "500"
}

func main() {
	for _, id := range []int{5, -1, 0, 101, 42} {
		err := lookup(id)
		fmt.Printf("%4d: %-28s %v\n", id, classify(err), err)
	}
	wrapped := fmt.Errorf("layer2: %w", fmt.Errorf("layer1: %w", &NotFoundError{"post", 7}))
	for e := wrapped; e != nil; e = errors.Unwrap(e) {
		fmt.Printf("%T: %v\n", e, e)
	}
	multi := fmt.Errorf("both: %w and %w", ErrTooLong, fs.ErrNotExist)
	fmt.Println(errors.Is(multi, fs.ErrNotExist), errors.Is(multi, ErrTooLong), errors.Unwrap(multi) == nil)
}
