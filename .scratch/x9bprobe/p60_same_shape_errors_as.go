package main

import (
	"errors"
	"fmt"
)

type ReadErr struct{ Path string }
type WriteErr struct{ Path string }

func (e *ReadErr) Error() string  { return "read " + e.Path }
func (e *WriteErr) Error() string { return "write " + e.Path }

func op(w bool) error {
	if w {
		return fmt.Errorf("op: %w", &WriteErr{"/w"})
	}
	return fmt.Errorf("op: %w", &ReadErr{"/r"})
}

func main() {
	for _, w := range []bool{false, true} {
		err := op(w)
		var re *ReadErr
		var we *WriteErr
		fmt.Println(err, errors.As(err, &re), errors.As(err, &we))
	}
	fmt.Printf("%v\n", struct{ E []error }{[]error{&ReadErr{"a"}, &WriteErr{"b"}}})
}
