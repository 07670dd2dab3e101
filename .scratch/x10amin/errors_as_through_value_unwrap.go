// Go prints "503": errors.As finds a *HTTPError wrapped by a value-type error with an Unwrap method; the session ends in its clear refusal "the type of this value is lost ... use a pointer to the struct as the error".
package main

import (
	"errors"
	"fmt"
)

type HTTPError struct{ Status int }

func (e *HTTPError) Error() string { return "http" }

type RetryError struct{ Last error }

func (e RetryError) Error() string { return "retry" }
func (e RetryError) Unwrap() error { return e.Last }

func main() {
	var err error = RetryError{Last: &HTTPError{503}}
	var he *HTTPError
	if errors.As(err, &he) {
		fmt.Println(he.Status)
	}
}
