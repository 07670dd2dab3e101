// Exercises: fmt.Errorf %w wrapping chains and errors.Is through multiple layers.
package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")
var ErrPermission = errors.New("permission denied")

func readRecord(id int) error {
	if id < 0 {
		return ErrPermission
	}
	return fmt.Errorf("record %d: %w", id, ErrNotFound)
}

func service(id int) error {
	if err := readRecord(id); err != nil {
		return fmt.Errorf("service: %w", err)
	}
	return nil
}

func main() {
	for _, id := range []int{7, -1} {
		err := service(id)
		fmt.Println(err)
		fmt.Println(" notfound:", errors.Is(err, ErrNotFound), "perm:", errors.Is(err, ErrPermission))
	}
	err := service(1)
	for e := err; e != nil; e = errors.Unwrap(e) {
		fmt.Printf("layer: %v\n", e)
	}
}
