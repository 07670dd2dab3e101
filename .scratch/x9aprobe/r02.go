// Exercises: user io.Writer passed to fmt.Fprintf and io.Copy
package main

import (
	"fmt"
	"io"
	"strings"
)

type counter struct {
	n     int
	lines int
}

func (c *counter) Write(p []byte) (int, error) {
	c.n += len(p)
	c.lines += strings.Count(string(p), "\n")
	return len(p), nil
}

type upperWriter struct{ w io.Writer }

func (u upperWriter) Write(p []byte) (int, error) {
	return u.w.Write([]byte(strings.ToUpper(string(p))))
}

func main() {
	c := &counter{}
	fmt.Fprintf(c, "hello %d\n", 42)
	fmt.Fprintln(c, "second line")
	io.Copy(c, strings.NewReader("abc\ndef\n"))
	fmt.Println(c.n, c.lines)
	var sb strings.Builder
	fmt.Fprintf(upperWriter{&sb}, "shout %s!", "this")
	fmt.Println(sb.String())
	w := io.MultiWriter(c, upperWriter{&sb})
	fmt.Fprint(w, "x")
	fmt.Println(c.n, sb.String())
}
