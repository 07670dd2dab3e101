// Exercises: errors.As to a value-type custom error, Is method, Unwrap chain
package main

import (
	"errors"
	"fmt"
)

type NotFound struct{ Key string }

func (e NotFound) Error() string { return "not found: " + e.Key }

type Temporary struct{ err error }

func (t Temporary) Error() string   { return "temporary: " + t.err.Error() }
func (t Temporary) Unwrap() error   { return t.err }
func (t Temporary) Is(e error) bool { return e == ErrRetry }

var ErrRetry = errors.New("retry")

func find(k string) error {
	if k == "" {
		return Temporary{errors.New("empty key")}
	}
	return fmt.Errorf("lookup: %w", NotFound{k})
}

func main() {
	err := find("x")
	var nf NotFound
	fmt.Println(errors.As(err, &nf), nf.Key, err)
	err = find("")
	var tmp Temporary
	fmt.Println(errors.Is(err, ErrRetry), errors.As(err, &tmp), errors.As(err, &nf), err)
	fmt.Println(errors.Unwrap(err))
}
