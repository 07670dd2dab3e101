// Exercises: custom error types with a value receiver and with a pointer receiver, returned as error, printed, compared, and extracted with errors.As into both kinds of target.
package main

import (
	"errors"
	"fmt"
)

type NotFound struct{ Key string }

func (e NotFound) Error() string { return "not found: " + e.Key }

type SyntaxError struct {
	Line, Col int
	Msg       string
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("%d:%d: %s", e.Line, e.Col, e.Msg) }

func lookup(k string) error {
	if k == "" {
		return &SyntaxError{1, 1, "empty key"}
	}
	if k != "go" {
		return NotFound{k}
	}
	return nil
}

func main() {
	for _, k := range []string{"go", "rust", ""} {
		err := lookup(k)
		fmt.Printf("%q: %v\n", k, err)
		var nf NotFound
		var se *SyntaxError
		switch {
		case errors.As(err, &nf):
			fmt.Println("  missing", nf.Key)
		case errors.As(err, &se):
			fmt.Println("  at line", se.Line, "msg", se.Msg)
		default:
			fmt.Println("  ok", err == nil)
		}
	}
	wrapped := fmt.Errorf("load config: %w", lookup("yaml"))
	fmt.Println(wrapped)
	var nf NotFound
	fmt.Println(errors.As(wrapped, &nf), nf.Key, errors.Is(wrapped, NotFound{"yaml"}), errors.Is(wrapped, NotFound{"x"}))
	fmt.Printf("%v|%s|%+v\n", NotFound{"a"}, &SyntaxError{2, 3, "bad"}, []error{NotFound{"b"}})
	var e error = NotFound{"c"}
	fmt.Println(e.Error(), e == NotFound{"c"})
}
