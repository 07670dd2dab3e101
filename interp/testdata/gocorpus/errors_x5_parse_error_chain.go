// Exercises: errors: custom error with pointer receiver, errors.As, wrapping chain, %w twice, panics converted to errors.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

type ParseError struct {
	Line int
	Err  error
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }
func (e *ParseError) Unwrap() error { return e.Err }

func parse(lines []string) (sum int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	for i, l := range lines {
		n, err := strconv.Atoi(l)
		if err != nil {
			return 0, &ParseError{i + 1, err}
		}
		if n < 0 {
			panic("negative number " + l)
		}
		sum += n
	}
	return sum, nil
}

func main() {
	fmt.Println(parse([]string{"1", "2"}))
	_, err := parse([]string{"1", "x"})
	fmt.Println(err)
	var pe *ParseError
	if errors.As(err, &pe) {
		fmt.Println("line", pe.Line)
	}
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, errors.Is(err, strconv.ErrSyntax))
	_, err = parse([]string{"-1"})
	fmt.Println(err)
	wrapped := fmt.Errorf("load: %w", fmt.Errorf("parse: %w", &ParseError{3, errors.New("eof")}))
	fmt.Println(wrapped, errors.Unwrap(wrapped))
	fmt.Printf("%v | %T\n", errors.Unwrap(errors.Unwrap(wrapped)), errors.Unwrap(errors.Unwrap(wrapped)))
	var target *ParseError
	fmt.Println(errors.As(wrapped, &target), target.Line)
}
