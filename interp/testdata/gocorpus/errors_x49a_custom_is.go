package main

import (
	"errors"
	"fmt"
	"net/http"
)

// HTTPError matches any other HTTPError with the same code via Is.
type HTTPError struct {
	Code int
	Op   string
}

func (e *HTTPError) Error() string {
	return fmt.Sprintf("%s: %d %s", e.Op, e.Code, http.StatusText(e.Code))
}

func (e *HTTPError) Is(target error) bool {
	t, ok := target.(*HTTPError)
	return ok && t.Code == e.Code
}

var (
	ErrNotFound     = &HTTPError{Code: 404}
	ErrUnauthorized = &HTTPError{Code: 401}
)

type Temporary interface{ Temporary() bool }

type timeoutErr struct{ after int }

func (t timeoutErr) Error() string   { return fmt.Sprintf("timeout after %dms", t.after) }
func (t timeoutErr) Temporary() bool { return true }

type multiErr []error

func (m multiErr) Error() string   { return fmt.Sprintf("%d errors", len(m)) }
func (m multiErr) Unwrap() []error { return m }

func classify(err error) string {
	var tmp Temporary
	var he *HTTPError
	switch {
	case err == nil:
		return "ok"
	case errors.Is(err, ErrNotFound):
		return "not-found"
	case errors.Is(err, ErrUnauthorized):
		return "auth"
	case errors.As(err, &tmp) && tmp.Temporary():
		return "retry"
	case errors.As(err, &he):
		return fmt.Sprintf("http-%d", he.Code)
	}
	return "unknown"
}

func main() {
	tests := []struct {
		err  error
		want string
	}{
		{nil, "ok"},
		{&HTTPError{404, "GET /a"}, "not-found"},
		{fmt.Errorf("fetch: %w", &HTTPError{401, "GET /me"}), "auth"},
		{fmt.Errorf("outer: %w", fmt.Errorf("inner: %w", timeoutErr{300})), "retry"},
		{&HTTPError{500, "POST /x"}, "http-500"},
		{errors.New("plain"), "unknown"},
		{multiErr{errors.New("a"), &HTTPError{404, "HEAD /"}}, "not-found"},
		{fmt.Errorf("two: %w and %w", timeoutErr{5}, &HTTPError{503, "x"}), "retry"},
	}
	pass := 0
	for i, tt := range tests {
		got := classify(tt.err)
		if got == tt.want {
			pass++
			fmt.Printf("PASS %d %-9s %v\n", i, got, tt.err)
		} else {
			fmt.Printf("FAIL %d got %s want %s\n", i, got, tt.want)
		}
	}
	fmt.Printf("%d/%d\n", pass, len(tests))
	e := fmt.Errorf("ctx: %w", &HTTPError{418, "BREW"})
	fmt.Printf("%v | %T | %T\n", e, e, errors.Unwrap(e))
	fmt.Println(errors.Is(e, &HTTPError{Code: 418}), errors.Is(e, ErrNotFound))
}
