// Exercises: a CountingWriter wrapping any io.Writer, used with fmt.Fprintf and io.WriteString.
package main

import (
	"fmt"
	"io"
	"strings"
)

type CountingWriter struct {
	W     io.Writer
	Bytes int
	Calls int
}

func (c *CountingWriter) Write(p []byte) (int, error) {
	n, err := c.W.Write(p)
	c.Bytes += n
	c.Calls++
	return n, err
}

type UpperWriter struct{ w io.Writer }

func (u UpperWriter) Write(p []byte) (int, error) {
	return u.w.Write([]byte(strings.ToUpper(string(p))))
}

func main() {
	var sb strings.Builder
	cw := &CountingWriter{W: &sb}
	fmt.Fprintf(cw, "hello %s, you are %d\n", "gopher", 13)
	io.WriteString(cw, "second line\n")
	fmt.Fprintln(cw, 1, 2, 3)
	fmt.Print(sb.String())
	fmt.Println(cw.Bytes, cw.Calls, sb.Len())

	var out strings.Builder
	var w io.Writer = UpperWriter{&out}
	fmt.Fprint(w, "shout ", 42)
	fmt.Println(out.String())
	_, isStringer := w.(fmt.Stringer)
	fmt.Println(isStringer)
}
