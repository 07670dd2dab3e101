// Exercises: an error type with a value receiver, returned by value and matched with errors.As.
package main

import (
	"errors"
	"fmt"
)

type StatusError struct {
	Code   int
	Reason string
}

func (e StatusError) Error() string { return fmt.Sprintf("%d %s", e.Code, e.Reason) }

func (e StatusError) Retryable() bool { return e.Code >= 500 }

func get(path string) error {
	switch path {
	case "/":
		return nil
	case "/admin":
		return StatusError{403, "Forbidden"}
	case "/busy":
		return fmt.Errorf("get %s: %w", path, StatusError{503, "Service Unavailable"})
	}
	return StatusError{404, "Not Found"}
}

func main() {
	for _, p := range []string{"/", "/admin", "/busy", "/missing"} {
		err := get(p)
		var se StatusError
		switch {
		case err == nil:
			fmt.Println(p, "200 OK")
		case errors.As(err, &se):
			fmt.Printf("%-8s code=%d retry=%v msg=%v\n", p, se.Code, se.Retryable(), err)
		default:
			fmt.Println(p, "unexpected", err)
		}
	}
	fmt.Println(errors.Is(get("/admin"), StatusError{403, "Forbidden"}))
}
