// Exercises: a cell's io.Writer and io.Reader types passed to the cell's functions taking io.Writer/io.Reader, to fmt.Fprintf and io.Copy, a writer with a String method, and io.WriteString using the type's WriteString
package main

import (
	"fmt"
	"io"
	"strings"
)

type Counter struct{ n, calls int }

func (c *Counter) Write(p []byte) (int, error) { c.n += len(p); c.calls++; return len(p), nil }
func (c *Counter) String() string              { return fmt.Sprintf("%d bytes in %d writes", c.n, c.calls) }

type Tagged struct {
	sb  strings.Builder
	tag string
}

func (t *Tagged) Write(p []byte) (int, error)       { return t.sb.Write(p) }
func (t *Tagged) WriteString(s string) (int, error) { return t.sb.WriteString(t.tag + s) }

type rot13 struct{ r io.Reader }

func (r rot13) Read(p []byte) (int, error) {
	n, err := r.r.Read(p)
	for i := range p[:n] {
		switch c := p[i]; {
		case c >= 'a' && c <= 'z':
			p[i] = 'a' + (c-'a'+13)%26
		case c >= 'A' && c <= 'Z':
			p[i] = 'A' + (c-'A'+13)%26
		}
	}
	return n, err
}

func emit(w io.Writer, n int) { fmt.Fprintf(w, "n=%d;", n) }

func drain(r io.Reader) string { b, _ := io.ReadAll(r); return string(b) }

func main() {
	c := &Counter{}
	emit(c, 7)
	fmt.Fprintln(c, "hello")
	io.Copy(c, strings.NewReader("abc"))
	fmt.Println(c)
	t := &Tagged{tag: "#"}
	io.WriteString(t, "go")
	emit(t, 1)
	fmt.Println(t.sb.String())
	fmt.Println(drain(rot13{strings.NewReader("Uryyb, Tbcure!")}))
}
