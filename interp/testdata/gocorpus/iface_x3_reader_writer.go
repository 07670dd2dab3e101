// Exercises: implementing io.Reader and io.Writer, io.Copy, bytes.Buffer, strings.Reader
package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

type upper struct{ r io.Reader }

func (u upper) Read(p []byte) (int, error) {
	n, err := u.r.Read(p)
	copy(p, bytes.ToUpper(p[:n]))
	return n, err
}

type counter struct{ n int }

func (c *counter) Write(p []byte) (int, error) { c.n += len(p); return len(p), nil }

func main() {
	var buf bytes.Buffer
	c := &counter{}
	w := io.MultiWriter(&buf, c)
	n, err := io.Copy(w, upper{strings.NewReader("gradient descent\n")})
	fmt.Println(n, err, c.n)
	fmt.Print(buf.String())
	fmt.Fprintf(c, "%d", 12345)
	fmt.Println(c.n)
}
