// Exercises: fmt.Errorf with two %w verbs, custom Is and As methods, errors.Is walking a tree, Unwrap() []error, error type with a code field
package main

import (
	"errors"
	"fmt"
)

type HTTPError struct {
	Code int
	Msg  string
}

func (e *HTTPError) Error() string { return fmt.Sprintf("%d %s", e.Code, e.Msg) }

func (e *HTTPError) Is(target error) bool {
	t, ok := target.(*HTTPError)
	return ok && (t.Code == e.Code || (t.Code == 500 && e.Code >= 500))
}

var (
	ErrTimeout = errors.New("timeout")
	ErrServer  = &HTTPError{Code: 500}
)

type Multi struct{ errs []error }

func (m Multi) Error() string   { return fmt.Sprintf("%d errors", len(m.errs)) }
func (m Multi) Unwrap() []error { return m.errs }

func main() {
	e := fmt.Errorf("fetch: %w (after %w)", &HTTPError{503, "unavailable"}, ErrTimeout)
	fmt.Println(e)
	fmt.Println(errors.Is(e, ErrTimeout), errors.Is(e, ErrServer), errors.Is(e, &HTTPError{Code: 404}))
	var he *HTTPError
	fmt.Println(errors.As(e, &he), he.Code, errors.Unwrap(e) == nil)
	m := Multi{[]error{errors.New("a"), fmt.Errorf("b: %w", &HTTPError{404, "nf"})}}
	var wrapped error = fmt.Errorf("outer: %w", m)
	fmt.Println(wrapped, errors.Is(wrapped, &HTTPError{Code: 404}), errors.Is(wrapped, ErrServer))
	he = nil
	fmt.Println(errors.As(wrapped, &he), he.Msg)
	var mm Multi
	fmt.Println(errors.As(wrapped, &mm), len(mm.errs))
}
