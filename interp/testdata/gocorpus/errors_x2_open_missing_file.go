// Exercises: os.Open on a missing path: errors.Is(fs.ErrNotExist) and *fs.PathError fields.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

func readConfig(path string) ([]byte, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	return data, nil
}

func main() {
	_, err := os.Open("/definitely/not/here.txt")
	fmt.Println(err)
	fmt.Println(errors.Is(err, fs.ErrNotExist), errors.Is(err, os.ErrNotExist), os.IsNotExist(err))
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Printf("op=%s path=%s err=%v\n", pe.Op, pe.Path, pe.Err)
	}
	_, err = readConfig("/no/such/config.yaml")
	fmt.Println(err)
	fmt.Println(errors.Is(err, fs.ErrNotExist), os.IsNotExist(err))
	fmt.Printf("%T\n", errors.Unwrap(err))
}
