// Exercises: wrapping an io.Writer in a prefixing writer and io.MultiWriter.
package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

type prefixWriter struct {
	prefix string
	w      io.Writer
}

func (p prefixWriter) Write(b []byte) (int, error) {
	lines := strings.SplitAfter(string(b), "\n")
	for _, l := range lines {
		if l == "" {
			continue
		}
		io.WriteString(p.w, p.prefix+l)
	}
	return len(b), nil
}

func main() {
	var a, b bytes.Buffer
	mw := io.MultiWriter(prefixWriter{"[a] ", &a}, &b)
	fmt.Fprintf(mw, "hello %s\nsecond %d\n", "world", 2)
	fmt.Print(a.String())
	fmt.Print(b.String())
	fmt.Println(a.Len(), b.Len())
}
