package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

type NotFoundError struct {
	Key string
}

func (e NotFoundError) Error() string { return fmt.Sprintf("key %q not found", e.Key) }

type TimeoutError struct{ Op string }

func (e *TimeoutError) Error() string   { return e.Op + ": timeout" }
func (e *TimeoutError) Timeout() bool   { return true }
func (e *TimeoutError) Is(t error) bool { return t == os.ErrDeadlineExceeded }

var store = map[string]string{"a": "1", "b": "2"}

func get(key string) (string, error) {
	if key == "slow" {
		return "", &TimeoutError{"get " + key}
	}
	if key == "perm" {
		return "", &fs.PathError{Op: "open", Path: "/secret", Err: fs.ErrPermission}
	}
	v, ok := store[key]
	if !ok {
		return "", NotFoundError{key}
	}
	return v, nil
}

func service(key string) (string, error) {
	v, err := get(key)
	if err != nil {
		return "", fmt.Errorf("service(%s): %w", key, err)
	}
	return v, nil
}

func handler(keys ...string) error {
	var errs []error
	for _, k := range keys {
		if _, err := service(k); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

func main() {
	for _, k := range []string{"a", "zz", "slow", "perm"} {
		v, err := service(k)
		fmt.Printf("%-5s v=%q err=%v\n", k, v, err)
		var nf NotFoundError
		if errors.As(err, &nf) {
			fmt.Println("   not found key:", nf.Key)
		}
		var to interface{ Timeout() bool }
		if errors.As(err, &to) {
			fmt.Println("   timeout?", to.Timeout(), errors.Is(err, os.ErrDeadlineExceeded))
		}
		if errors.Is(err, fs.ErrPermission) {
			var pe *fs.PathError
			errors.As(err, &pe)
			fmt.Println("   permission on", pe.Path)
		}
	}
	err := handler("a", "x", "slow", "b", "y")
	fmt.Println("joined:")
	fmt.Println(err)
	fmt.Println(errors.Is(err, NotFoundError{"y"}), errors.Is(err, NotFoundError{"q"}))
	fmt.Println(handler("a", "b") == nil)
	w := fmt.Errorf("two: %w and %w", NotFoundError{"k"}, fs.ErrExist)
	fmt.Println(w, errors.Is(w, fs.ErrExist))
}
