package main

import (
	"errors"
	"fmt"
	"strings"
)

// HTTPError carries a status code; it matches any HTTPError with the same code.
type HTTPError struct {
	Code int
	Msg  string
}

func (e *HTTPError) Error() string { return fmt.Sprintf("%d %s", e.Code, e.Msg) }

func (e *HTTPError) Is(target error) bool {
	t, ok := target.(*HTTPError)
	return ok && t.Code == e.Code
}

var ErrNotFound = &HTTPError{Code: 404}

// Temporary is implemented by errors that may succeed on retry.
type Temporary interface {
	Temporary() bool
}

type netError struct{ op string }

func (e netError) Error() string   { return e.op + ": connection reset" }
func (e netError) Temporary() bool { return true }

// MultiError collects several errors and unwraps to all of them.
type MultiError []error

func (m MultiError) Error() string {
	parts := make([]string, len(m))
	for i, e := range m {
		parts[i] = e.Error()
	}
	return fmt.Sprintf("%d errors: %s", len(m), strings.Join(parts, "; "))
}

func (m MultiError) Unwrap() []error { return m }

func request(path string) error {
	switch path {
	case "/missing":
		return fmt.Errorf("GET %s: %w", path, &HTTPError{404, "Not Found"})
	case "/flaky":
		return fmt.Errorf("GET %s: %w", path, netError{"read"})
	case "/both":
		return MultiError{&HTTPError{500, "Server Error"}, netError{"write"}}
	}
	return nil
}

func retry(attempts int, f func(int) error) (err error) {
	for i := 1; i <= attempts; i++ {
		err = f(i)
		var t Temporary
		if err == nil || !errors.As(err, &t) || !t.Temporary() {
			return err
		}
		fmt.Printf("  attempt %d failed (temporary): %v\n", i, err)
	}
	return fmt.Errorf("after %d attempts: %w", attempts, err)
}

func main() {
	for _, p := range []string{"/", "/missing", "/flaky", "/both"} {
		err := request(p)
		var he *HTTPError
		var tmp Temporary
		fmt.Printf("%-9s err=%v\n", p, err)
		fmt.Printf("          notFound=%t http=%t temporary=%t\n",
			errors.Is(err, ErrNotFound), errors.As(err, &he), errors.As(err, &tmp))
		if he != nil {
			fmt.Println("          code:", he.Code)
		}
	}

	err := retry(3, func(i int) error {
		if i < 3 {
			return netError{fmt.Sprintf("dial #%d", i)}
		}
		return nil
	})
	fmt.Println("retry result:", err)

	err = retry(2, func(int) error { return netError{"dial"} })
	fmt.Println("retry result:", err)

	err = retry(5, func(int) error { return errors.New("permanent") })
	fmt.Println("retry result:", err)

	var nilErr *HTTPError
	var iface error = nilErr
	fmt.Println("typed nil is non-nil interface:", iface != nil, nilErr == nil)

	e1 := errors.New("same text")
	e2 := errors.New("same text")
	fmt.Println("distinct sentinels:", e1 == e2, errors.Is(e1, e2), e1.Error() == e2.Error())
}
