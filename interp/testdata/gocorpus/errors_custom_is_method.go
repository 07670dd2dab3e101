// Exercises: custom Is method to match errors by category.
package main

import (
	"errors"
	"fmt"
)

type Kind int

const (
	KindIO Kind = iota + 1
	KindAuth
)

type OpError struct {
	Op   string
	Kind Kind
}

func (e *OpError) Error() string { return fmt.Sprintf("%s failed (kind %d)", e.Op, e.Kind) }

func (e *OpError) Is(target error) bool {
	t, ok := target.(*OpError)
	if !ok {
		return false
	}
	return t.Kind == e.Kind && (t.Op == "" || t.Op == e.Op)
}

var ErrAuth = &OpError{Kind: KindAuth}

func main() {
	err := fmt.Errorf("login: %w", &OpError{"verify", KindAuth})
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrAuth))
	fmt.Println(errors.Is(err, &OpError{Kind: KindIO}))
	fmt.Println(errors.Is(err, &OpError{Op: "verify", Kind: KindAuth}))
	fmt.Println(errors.Is(err, &OpError{Op: "other", Kind: KindAuth}))
}
