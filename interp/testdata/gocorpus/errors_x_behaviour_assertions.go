// Exercises: asserting errors from the standard library (fmt.Errorf's %w,
// errors.Join) and from the program to behaviour interfaces written in the
// program: Unwrap() error, Unwrap() []error, Is(error) bool.
package main

import (
	"errors"
	"fmt"
	"os"
)

type unwrapper interface{ Unwrap() error }

type codeErr struct{ code int }

func (e *codeErr) Error() string        { return fmt.Sprint("code ", e.code) }
func (e *codeErr) Is(target error) bool { return target == os.ErrNotExist && e.code == 404 }
func (e *codeErr) Unwrap() error        { return nil }
func (e *codeErr) describe() string     { return "codeErr" }

func chain(err error) []string {
	var out []string
	for err != nil {
		out = append(out, err.Error())
		u, ok := err.(unwrapper)
		if !ok {
			break
		}
		err = u.Unwrap()
	}
	return out
}

func main() {
	base := &codeErr{404}
	wrapped := fmt.Errorf("load config: %w", fmt.Errorf("open: %w", base))
	fmt.Println(chain(wrapped))
	joined := errors.Join(errors.New("a"), wrapped)
	if m, ok := joined.(interface{ Unwrap() []error }); ok {
		fmt.Println(len(m.Unwrap()), m.Unwrap()[0])
	}
	_, single := joined.(unwrapper)
	fmt.Println(single)
	if is, ok := error(base).(interface{ Is(error) bool }); ok {
		fmt.Println(is.Is(os.ErrNotExist), errors.Is(wrapped, os.ErrNotExist))
	}
	plain := errors.New("plain")
	_, ok := plain.(unwrapper)
	fmt.Println(ok, base.describe())
}
