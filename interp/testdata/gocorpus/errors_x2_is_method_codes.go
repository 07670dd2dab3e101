// Exercises: an error type with an Is method so errors.Is matches by code, not identity.
package main

import (
	"errors"
	"fmt"
)

type CodeError struct {
	Code int
	Msg  string
}

func (e *CodeError) Error() string { return fmt.Sprintf("E%d %s", e.Code, e.Msg) }

func (e *CodeError) Is(target error) bool {
	t, ok := target.(*CodeError)
	return ok && t.Code == e.Code
}

var (
	ErrNotFound = &CodeError{Code: 404}
	ErrConflict = &CodeError{Code: 409}
)

func lookup(id int) error {
	switch {
	case id > 100:
		return fmt.Errorf("lookup %d: %w", id, &CodeError{404, "no such item"})
	case id%2 == 1:
		return &CodeError{409, "odd ids are locked"}
	}
	return nil
}

func main() {
	for _, id := range []int{4, 7, 500} {
		err := lookup(id)
		fmt.Printf("%d: %v | notfound=%v conflict=%v\n", id, err,
			errors.Is(err, ErrNotFound), errors.Is(err, ErrConflict))
	}
	a := &CodeError{1, "x"}
	b := &CodeError{1, "y"}
	fmt.Println(a == b, errors.Is(a, b))
}
