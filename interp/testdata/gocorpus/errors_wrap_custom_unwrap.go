// Exercises: user error type with Unwrap method participating in errors.Is/As.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

func parseAll(qs []string) error {
	for _, q := range qs {
		if _, err := strconv.Atoi(q); err != nil {
			return &QueryError{q, err}
		}
	}
	return nil
}

func main() {
	err := parseAll([]string{"1", "2", "x3"})
	fmt.Println(err)
	fmt.Println(errors.Is(err, strconv.ErrSyntax))
	var ne *strconv.NumError
	if errors.As(err, &ne) {
		fmt.Println("func:", ne.Func, "num:", ne.Num)
	}
	var qe *QueryError
	fmt.Println(errors.As(err, &qe), qe.Query)
	fmt.Println(parseAll([]string{"9"}))
}
