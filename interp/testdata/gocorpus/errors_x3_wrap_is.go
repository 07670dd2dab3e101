// Exercises: sentinel errors, wrapping with %w, errors.Is through several layers, errors.Unwrap
package main

import (
	"errors"
	"fmt"
	"io/fs"
)

var ErrNotFound = errors.New("not found")

func find(key string) error {
	return fmt.Errorf("find %q: %w", key, ErrNotFound)
}

func load(key string) error {
	if err := find(key); err != nil {
		return fmt.Errorf("load: %w", err)
	}
	return nil
}

func main() {
	err := load("w1")
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound), errors.Is(err, fs.ErrNotExist))
	fmt.Println(errors.Unwrap(err))
	fmt.Println(errors.Unwrap(errors.Unwrap(err)) == ErrNotFound)
}
