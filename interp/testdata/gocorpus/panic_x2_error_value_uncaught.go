// Exercises: an uncaught panic whose value is an error (Go prints its Error() text) after partial output.
package main

import (
	"errors"
	"fmt"
)

var ErrCorrupt = errors.New("checksum mismatch")

func checksum(data []byte) byte {
	var s byte
	for _, b := range data {
		s += b
	}
	return s
}

func load(name string, data []byte, want byte) []byte {
	if got := checksum(data); got != want {
		panic(fmt.Errorf("load %s: %w (got %d, want %d)", name, ErrCorrupt, got, want))
	}
	fmt.Println("loaded", name, len(data), "bytes")
	return data
}

func main() {
	load("a.bin", []byte{1, 2, 3}, 6)
	load("b.bin", []byte("hello"), checksum([]byte("hello")))
	load("c.bin", []byte{200, 100}, 44)
	load("d.bin", []byte{9}, 0)
	fmt.Println("unreachable")
}
