package main

import (
	"errors"
	"fmt"
)

var ErrSyntax = errors.New("syntax error")

type ParseError struct {
	Line int
	Err  error
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }
func (e *ParseError) Unwrap() error { return e.Err }

func parse(line int, s string) {
	if s == "" {
		panic(&ParseError{line, fmt.Errorf("%w: missing '='", ErrSyntax)})
	}
}

func safe(line int, s string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if pe, ok := r.(*ParseError); ok {
				err = pe
				return
			}
			panic(r)
		}
	}()
	parse(line, s)
	return nil
}

func main() {
	for i, s := range []string{"a=1", ""} {
		err := safe(i+1, s)
		fmt.Println(err, errors.Is(err, ErrSyntax))
		var pe *ParseError
		if errors.As(err, &pe) {
			fmt.Println("line", pe.Line)
		}
	}
}
