package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

type prefixWriter struct {
	io.Writer
	prefix string
}

func (p prefixWriter) Write(b []byte) (int, error) {
	return p.Writer.Write(append([]byte(p.prefix), b...))
}

type countW struct {
	io.Writer
	n int
}

func main() {
	var sb strings.Builder
	pw := prefixWriter{&sb, "> "}
	fmt.Fprintf(pw, "n=%d", 1)
	fmt.Fprint(pw, "x")
	fmt.Println(sb.String())
	cw := &countW{Writer: os.Stdout}
	fmt.Fprintln(cw, "direct through embedded stdout")
}
