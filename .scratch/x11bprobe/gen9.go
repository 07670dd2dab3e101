package main

import (
	"errors"
	"fmt"
)

type NotFound struct{ Name string }

func (n *NotFound) Error() string { return n.Name + " not found" }

func AsType[T error](err error) (T, bool) {
	var t T
	ok := errors.As(err, &t)
	return t, ok
}

func main() {
	nf, ok := AsType[*NotFound](fmt.Errorf("x: %w", &NotFound{"key"}))
	fmt.Println(nf, ok)
}
