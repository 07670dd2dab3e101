// Reduction of iface_x43a_rot13_reader.go (both styles: program and notebook).
// go run prints:
//
//	main.reader
//
// the session prints nothing and stops with a clear error:
//
//	panic(*errors.errorString): the type of this value is lost: it is a struct
//	of a type the cell declares, which the interpreter keeps in an interface of
//	a compiled package (error, fmt.Stringer, io.Reader, ...) with its methods
//	but without its type; %T, %#v and errors.As need the type ...
//
// A struct value (not a pointer) stored in an io.Reader variable, printed with
// %T. Embedding io.Reader in the struct (as the original does) fails the same
// way. Not needed: the same struct in an anonymous interface
// (interface{ Read([]byte) (int, error) }) prints main.reader correctly, and so
// does a struct value in a fmt.Stringer printed with %T; r.(io.Writer) on the
// io.Reader value also agrees with Go.
package main

import (
	"fmt"
	"io"
)

type reader struct{ n int }

func (r reader) Read(p []byte) (int, error) { return 0, io.EOF }

func main() {
	var r io.Reader = reader{}
	fmt.Printf("%T\n", r)
}
