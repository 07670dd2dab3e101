// Reduction of iface_x37b_counters.go (both styles): clear error.
// Two named int types (ByteCounter, LineCounter) with pointer Write methods,
// both stored in one io.Writer; a type assertion to *LineCounter is refused.
// go run prints:   5 true
// session reports: CompileError: a type assertion to *LineCounter of a value
//   that may also hold a *ByteCounter (the interpreter cannot tell the two
//   apart) is not supported by gobackprop: keep values of one of the two
//   types in this interface, or give them different structures

package main

import (
	"fmt"
	"io"
)

type ByteCounter int

func (c *ByteCounter) Write(p []byte) (int, error) { *c += ByteCounter(len(p)); return len(p), nil }

type LineCounter int

func (c *LineCounter) Write(p []byte) (int, error) { *c++; return len(p), nil }

func main() {
	var bc ByteCounter
	var lc LineCounter
	var w io.Writer = &bc
	fmt.Fprint(w, "hello")
	w = &lc
	_, isLine := w.(*LineCounter)
	fmt.Println(bc, isLine)
}
