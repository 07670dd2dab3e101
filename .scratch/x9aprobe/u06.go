// Exercises: errors as map values and a sentinel compared with == after being stored in a struct
package main

import (
	"errors"
	"fmt"
)

var ErrA = errors.New("a")

type result struct {
	v   int
	err error
}

func main() {
	rs := []result{{1, nil}, {0, ErrA}, {0, fmt.Errorf("wrap: %w", ErrA)}}
	for _, r := range rs {
		fmt.Println(r.err == ErrA, errors.Is(r.err, ErrA), r.v, r.err)
	}
}
