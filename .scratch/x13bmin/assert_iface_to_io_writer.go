// go run:      true
// gobackprop:  CompileError: a type assertion to io.Writer of a value that may hold a type
//
//	this notebook declares is not supported by gobackprop ... (clear error;
//	from iface_x13b_writer_chain.go, both styles; asserting fmt.Stringer there
//	was accepted)
package main

import (
	"fmt"
	"io"
	"strings"
)

type CountingWriter struct{ W io.Writer }

func (c *CountingWriter) Write(p []byte) (int, error) { return c.W.Write(p) }

func main() {
	var iw io.Writer = &CountingWriter{&strings.Builder{}}
	_, isWriter := iw.(io.Writer)
	fmt.Println(isWriter)
}
