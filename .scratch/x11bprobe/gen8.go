package main

import (
	"errors"
	"fmt"
)

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

type NotFound struct{ Name string }

func (n *NotFound) Error() string { return n.Name + " not found" }

func AsType[T error](err error) (T, bool) {
	var t T
	ok := errors.As(err, &t)
	return t, ok
}

func Must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func main() {
	err := fmt.Errorf("wrap: %w", Code(404))
	c, ok := AsType[Code](err)
	fmt.Println(c, ok, int(c))
	nf, ok := AsType[*NotFound](fmt.Errorf("x: %w", &NotFound{"key"}))
	fmt.Println(nf, ok)
	_, ok = AsType[*NotFound](err)
	fmt.Println(ok)
	fmt.Println(Must(Code(1), nil))
	defer func() {
		r := recover()
		fmt.Println("recovered:", r, errors.Is(r.(error), Code(7)))
	}()
	Must(0, Code(7))
}
