// go run:      false
// gobackprop:  CompileError: a type assertion to io.StringWriter of a value that may hold a type
//
//	this notebook declares is not supported by gobackprop: assert the concrete type
//	(x.(MyType)), or pass the value to a function that asserts an interface of your own
//
// (both styles; nothing printed). Found in iface_x24b_embedding.go (`w.(io.StringWriter)` on an
// io.Writer holding a *countingWriter). The refusal fires only when some type the notebook declares
// implements the library interface: here pipe, whose embedded bytes.Buffer promotes WriteString.
// Without pipe (or with no notebook type having WriteString) the same assertion runs fine.
package main

import (
	"bytes"
	"fmt"
	"io"
)

type cw struct{}

func (cw) Write(p []byte) (int, error) { return len(p), nil }

type pipe struct{ bytes.Buffer }

func main() {
	var w io.Writer = cw{}
	_, ok := w.(io.StringWriter)
	fmt.Println(ok)
	_ = pipe{}
}
