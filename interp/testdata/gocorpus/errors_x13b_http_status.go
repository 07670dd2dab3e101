package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strconv"
)

type StatusError struct {
	Code int
	Err  error
}

func (e *StatusError) Error() string {
	return strconv.Itoa(e.Code) + " " + statusText(e.Code) + ": " + e.Err.Error()
}
func (e *StatusError) Unwrap() error { return e.Err }

func statusText(c int) string {
	switch c {
	case 400:
		return "Bad Request"
	case 404:
		return "Not Found"
	case 409:
		return "Conflict"
	case 500:
		return "Internal Server Error"
	}
	return "Unknown"
}

var (
	ErrNoUser    = errors.New("no such user")
	ErrDuplicate = errors.New("duplicate key")
)

type temporary interface{ Temporary() bool }

type netErr struct{ msg string }

func (n netErr) Error() string   { return n.msg }
func (n netErr) Temporary() bool { return true }

func repo(op string) error {
	switch op {
	case "get":
		return fmt.Errorf("repo.get id=42: %w", ErrNoUser)
	case "put":
		return fmt.Errorf("repo.put: %w", ErrDuplicate)
	case "open":
		_, err := os.Open("/definitely/not/here.txt")
		return fmt.Errorf("repo.open: %w", err)
	case "net":
		return fmt.Errorf("repo.net: %w", netErr{"connection reset"})
	case "multi":
		return fmt.Errorf("repo.multi: %w and %w", ErrNoUser, netErr{"timeout"})
	}
	return nil
}

func service(op string) error {
	err := repo(op)
	switch {
	case err == nil:
		return nil
	case errors.Is(err, ErrNoUser), errors.Is(err, fs.ErrNotExist):
		return &StatusError{404, err}
	case errors.Is(err, ErrDuplicate):
		return &StatusError{409, err}
	}
	return &StatusError{500, err}
}

func handler(op string) string {
	err := service(op)
	if err == nil {
		return "200 OK"
	}
	var se *StatusError
	code := 500
	if errors.As(err, &se) {
		code = se.Code
	}
	var tmp temporary
	retry := errors.As(err, &tmp) && tmp.Temporary()
	var pe *fs.PathError
	path := ""
	if errors.As(err, &pe) {
		path = " path=" + pe.Path + " op=" + pe.Op
	}
	return fmt.Sprintf("%d retry=%t%s | %v", code, retry, path, err)
}

func main() {
	for _, op := range []string{"get", "put", "open", "net", "multi", "noop"} {
		fmt.Printf("%-5s %s\n", op, handler(op))
	}
	wrapped := fmt.Errorf("outer: %w", &StatusError{400, errors.New("missing field")})
	fmt.Println(errors.Unwrap(wrapped), errors.Unwrap(errors.Unwrap(errors.Unwrap(wrapped))) == nil)
}
