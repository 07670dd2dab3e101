package main

import (
	"errors"
	"fmt"
)

type Error string

func (e Error) Error() string { return string(e) }

const ErrEOF = Error("EOF")
const ErrGone = Error("gone")

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

func read(n int) error {
	switch n {
	case 0:
		return ErrEOF
	case 1:
		return fmt.Errorf("read: %w", ErrGone)
	case 2:
		return fmt.Errorf("http: %w", Code(404))
	}
	return nil
}

func main() {
	for n := 0; n < 4; n++ {
		err := read(n)
		var c Code
		fmt.Println(n, err, err == ErrEOF, errors.Is(err, ErrGone), errors.As(err, &c), c)
	}
	var e error = ErrEOF
	fmt.Printf("%T %v %q\n", e, e, e)
	j := errors.Join(ErrEOF, Code(1))
	fmt.Println(j, errors.Is(j, ErrEOF), errors.Is(j, Code(1)), errors.Is(j, Code(2)))
	switch err := read(2); {
	case errors.Is(err, Code(404)):
		fmt.Println("not found")
	default:
		fmt.Println("other")
	}
}
