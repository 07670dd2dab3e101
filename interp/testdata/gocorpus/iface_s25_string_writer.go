// An io.Writer asserted to io.StringWriter in comma-ok form when types of
// the notebook implement it with methods of their own: a switch on those
// types, then the assertion for compiled writers.
package main

import (
	"fmt"
	"io"
	"strings"
)

type cw struct{}

func (cw) Write(p []byte) (int, error) { return len(p), nil }

type own struct{ n int }

func (o *own) Write(p []byte) (int, error)       { o.n += len(p); return len(p), nil }
func (o *own) WriteString(s string) (int, error) { o.n += 100 * len(s); return len(s), nil }

func emit(w io.Writer, s string) {
	if sw, ok := w.(io.StringWriter); ok {
		sw.WriteString(s)
		fmt.Println("string writer")
		return
	}
	w.Write([]byte(s))
	fmt.Println("plain writer")
}

func main() {
	var w io.Writer = cw{}
	_, ok := w.(io.StringWriter)
	fmt.Println(ok)
	o := &own{}
	emit(o, "xy")
	fmt.Println(o.n)
	emit(cw{}, "z")
	var sb strings.Builder
	emit(&sb, "sb")
	fmt.Println(sb.String())
}
