// Exercises: fmt.Errorf with %w, errors.Is on a sentinel, errors.As into a *PathErr, errors.Unwrap, defer/recover converting a panic into an error.
package main

import (
	"errors"
	"fmt"
	"io/fs"
)

var ErrNotFound = errors.New("not found")

type PathErr struct {
	Op, Path string
	Err      error
}

func (e *PathErr) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }
func (e *PathErr) Unwrap() error { return e.Err }

func open(name string) error {
	if name == "" {
		return &PathErr{"open", "<empty>", fs.ErrInvalid}
	}
	return fmt.Errorf("loading %q: %w", name, &PathErr{"open", name, ErrNotFound})
}

func parse(input string) (n int, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("internal error: %v", p)
		}
	}()
	if input == "bad" {
		panic("unexpected token")
	}
	var arr []int
	return arr[len(input)], nil
}

func main() {
	err := open("config.yaml")
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound), errors.Is(err, fs.ErrInvalid))
	var pe *PathErr
	if errors.As(err, &pe) {
		fmt.Println("path:", pe.Path, "op:", pe.Op)
	}
	fmt.Println(errors.Unwrap(err) == error(pe), errors.Unwrap(errors.Unwrap(err)) == ErrNotFound)
	err2 := open("")
	fmt.Println(err2, errors.Is(err2, fs.ErrInvalid))
	_, err = parse("bad")
	fmt.Println(err)
	_, err = parse("xy")
	fmt.Println(err)
	joined := errors.Join(err2, ErrNotFound)
	fmt.Println(errors.Is(joined, ErrNotFound), joined)
}
