package main

import (
	"fmt"
	"io"
	"strings"
)

type CountingWriter struct {
	W io.Writer
	N int
}

func (c *CountingWriter) Write(p []byte) (int, error) { c.N += len(p); return c.W.Write(p) }

func main() {
	var sb strings.Builder
	cw := &CountingWriter{W: &sb}
	var iw io.Writer = cw
	w, ok := iw.(io.Writer)
	fmt.Fprint(w, "hello")
	fmt.Println(ok, cw.N, sb.String())
	var rw io.ReadWriter
	_, ok2 := rw.(io.Writer)
	fmt.Println(ok2)
	defer func() { fmt.Println("recovered:", recover()) }()
	_ = rw.(io.Reader)
}
