// Exercises: building error messages through several layers and errors.Unwrap iteration counts.
package main

import (
	"errors"
	"fmt"
	"os"
)

func level3() error { return os.ErrNotExist }

func level2() error {
	if err := level3(); err != nil {
		return fmt.Errorf("open config: %w", err)
	}
	return nil
}

func level1() error {
	if err := level2(); err != nil {
		return fmt.Errorf("startup: %w", err)
	}
	return nil
}

func main() {
	err := level1()
	fmt.Println(err)
	depth := 0
	for e := err; e != nil; e = errors.Unwrap(e) {
		depth++
	}
	fmt.Println("depth", depth)
	fmt.Println(errors.Is(err, os.ErrNotExist), errors.Is(err, os.ErrExist))
}
