// Exercises: fmt.Errorf formatting user types with String and Error methods.
package main

import (
	"errors"
	"fmt"
)

type Path []string

func (p Path) String() string {
	s := ""
	for i, part := range p {
		if i > 0 {
			s += "/"
		}
		s += part
	}
	return s
}

var ErrMissing = errors.New("missing")

func lookup(p Path) error {
	return fmt.Errorf("lookup %v (%d parts): %w", p, len(p), ErrMissing)
}

func main() {
	err := lookup(Path{"usr", "local", "bin"})
	fmt.Println(err)
	fmt.Printf("%q\n", err)
	fmt.Println(errors.Is(err, ErrMissing))
	fmt.Println(errors.Unwrap(err) == ErrMissing)
}
