// Exercises: errors.As into a user pointer error type through wrapping.
package main

import (
	"errors"
	"fmt"
)

type HTTPError struct {
	Code int
	Msg  string
}

func (e *HTTPError) Error() string { return fmt.Sprintf("http %d: %s", e.Code, e.Msg) }

func fetch(path string) error {
	if path == "/missing" {
		return fmt.Errorf("fetch %s: %w", path, &HTTPError{404, "not found"})
	}
	if path == "/plain" {
		return errors.New("plain failure")
	}
	return nil
}

func main() {
	for _, p := range []string{"/ok", "/missing", "/plain"} {
		err := fetch(p)
		var he *HTTPError
		if errors.As(err, &he) {
			fmt.Println(p, "http error code", he.Code, "msg", he.Msg)
		} else if err != nil {
			fmt.Println(p, "other error:", err)
		} else {
			fmt.Println(p, "ok")
		}
	}
}
