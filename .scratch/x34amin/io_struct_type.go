// Go prints: main.rot13Reader
// The session (both styles) stops with a clear error: "the type of this value
// is lost: it is a struct of a type the cell declares, which the interpreter
// keeps in an error or fmt.Stringer with its methods but without its type;
// %T, %#v and errors.As need the type - use a pointer to the struct ..."
// Here the interface is io.Reader, not error or fmt.Stringer.
package main

import (
	"fmt"
	"io"
	"strings"
)

type rot13Reader struct{ r io.Reader }

func (rr rot13Reader) Read(p []byte) (int, error) { return rr.r.Read(p) }

func main() {
	var r io.Reader = rot13Reader{strings.NewReader("x")}
	fmt.Printf("%T\n", r)
}
