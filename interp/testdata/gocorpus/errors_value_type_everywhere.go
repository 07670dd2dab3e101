// Exercises: an error type with a value receiver kept in error variables,
// slices, maps and channels: ==, type switches, assertions, errors.Is/As,
// %T and %+v, and sentinel values of that type.
package main

import (
	"errors"
	"fmt"
)

type StatusError struct {
	Code int
	Msg  string
}

func (e StatusError) Error() string { return fmt.Sprintf("%d %s", e.Code, e.Msg) }

type NotFound struct{ Path string }

func (e *NotFound) Error() string { return e.Path + " not found" }

var ErrForbidden error = StatusError{403, "Forbidden"}

func get(p string) error {
	switch p {
	case "/":
		return nil
	case "/missing":
		return &NotFound{p}
	case "/admin":
		return StatusError{403, "Forbidden"}
	}
	se := StatusError{500, "oops"}
	var err error = se
	se.Code = 501 // the error holds a copy
	return err
}

func main() {
	for _, p := range []string{"/", "/missing", "/admin", "/x"} {
		err := get(p)
		switch e := err.(type) {
		case nil:
			fmt.Println(p, "ok", e == nil)
		case StatusError:
			fmt.Println(p, "status", e.Code, e.Msg, err == ErrForbidden)
		case *NotFound:
			fmt.Println(p, "not found:", e.Path)
		default:
			fmt.Println(p, "other", e)
		}
	}
	err := get("/admin")
	se, ok := err.(StatusError)
	fmt.Println(se.Code, ok, err == ErrForbidden, err != StatusError{403, "x"})
	_, ok = get("/missing").(StatusError)
	fmt.Println(ok)
	fmt.Println(errors.Is(fmt.Errorf("ctx: %w", err), ErrForbidden))
	var target StatusError
	fmt.Println(errors.As(fmt.Errorf("wrap: %w", get("/x")), &target), target.Code)
	fmt.Printf("%v|%+v|%T|%#v\n", err, err, err, err)
	errs := []error{StatusError{1, "a"}}
	errs = append(errs, StatusError{2, "b"}, &NotFound{"/p"})
	joined := errors.Join(errs...)
	fmt.Println(joined)
	fmt.Println(errors.As(joined, &target), target)
	counts := map[error]int{StatusError{1, "a"}: 10}
	counts[errs[1]]++
	fmt.Println(counts[errs[0]], counts[StatusError{2, "b"}], len(counts))
	ch := make(chan error, 1)
	ch <- StatusError{7, "chan"}
	got := <-ch
	fmt.Println(got, got == StatusError{7, "chan"})
	var any1 any = got
	if s, ok := any1.(StatusError); ok {
		fmt.Println("from any:", s.Code)
	}
}
