// Exercises: user types embedding strings.Builder and *bytes.Buffer used as io.Writer with fmt.Fprintf, a user Write method wrapping another writer
package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

type Doc struct {
	strings.Builder
	lines int
}

func (d *Doc) Line(format string, args ...any) {
	fmt.Fprintf(d, format+"\n", args...)
	d.lines++
}

type Counting struct {
	w io.Writer
	n int
}

func (c *Counting) Write(p []byte) (int, error) {
	c.n += len(p)
	return c.w.Write(p)
}

type Logged struct{ *bytes.Buffer }

func main() {
	var buf bytes.Buffer
	c := &Counting{w: &buf}
	fmt.Fprintf(c, "%05.1f|", 3.14159)
	io.WriteString(c, "tail")
	fmt.Println(c.n, buf.String())
	var d Doc
	d.Line("title: %s", "x")
	d.Line("n=%d", 3)
	fmt.Print(d.String())
	fmt.Println(d.lines, d.Len())
	l := Logged{new(bytes.Buffer)}
	fmt.Fprint(l, "via embedded ", 42)
	fmt.Println(l.String())
}
