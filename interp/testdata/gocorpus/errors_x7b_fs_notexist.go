// Exercises: os.Open of a missing file, errors.Is with fs.ErrNotExist and os.ErrNotExist, errors.As *fs.PathError, os.ReadFile, wrapping with %w, errors.Join.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

func loadConfig(name string) ([]byte, error) {
	b, err := os.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("load config %s: %w", filepath.Base(name), err)
	}
	return b, nil
}

func main() {
	_, err := os.Open("/nonexistent-x7b/file.txt")
	fmt.Println(errors.Is(err, fs.ErrNotExist), errors.Is(err, os.ErrNotExist), os.IsNotExist(err))
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Println("op:", pe.Op, "path:", pe.Path, "err:", pe.Err)
	}
	_, err = loadConfig("/nonexistent-x7b/app.json")
	fmt.Println(err)
	fmt.Println(errors.Is(err, fs.ErrNotExist), errors.Is(err, fs.ErrPermission))
	fmt.Println(errors.Unwrap(err) != nil, errors.Unwrap(errors.Unwrap(err)) != nil)

	joined := errors.Join(errors.New("first"), nil, err)
	fmt.Println(joined)
	fmt.Println(errors.Is(joined, fs.ErrNotExist))
	fmt.Println(errors.Join(nil, nil) == nil)
}
