// Exercises: errors.Join, fmt.Errorf with two %w verbs, errors.Is through both branches, Unwrap() []error
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

var ErrQuota = errors.New("quota exceeded")

func validate(name string, size int) error {
	var errs []error
	if name == "" {
		errs = append(errs, errors.New("empty name"))
	}
	if size > 100 {
		errs = append(errs, fmt.Errorf("size %d: %w", size, ErrQuota))
	}
	return errors.Join(errs...)
}

func main() {
	fmt.Println(validate("ok", 1) == nil)
	err := validate("", 500)
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrQuota))
	both := fmt.Errorf("save failed: %w; also %w", ErrQuota, fs.ErrNotExist)
	fmt.Println(both)
	fmt.Println(errors.Is(both, ErrQuota), errors.Is(both, fs.ErrNotExist), errors.Is(both, os.ErrPermission))
	if u, ok := both.(interface{ Unwrap() []error }); ok {
		fmt.Println(len(u.Unwrap()), u.Unwrap()[1] == fs.ErrNotExist)
	}
	fmt.Println(errors.Unwrap(both) == nil)
}
