// Exercises: user io.Writer types (counting writer, uppercase writer), io.MultiWriter, io.TeeReader, fmt.Fprintf to a user writer.
package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

type countingWriter struct {
	w     io.Writer
	bytes int
	calls int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	c.calls++
	n, err := c.w.Write(p)
	c.bytes += n
	return n, err
}

type upperWriter struct{ w io.Writer }

func (u upperWriter) Write(p []byte) (int, error) {
	return u.w.Write(bytes.ToUpper(p))
}

func main() {
	var log bytes.Buffer
	cw := &countingWriter{w: os.Stdout}
	mw := io.MultiWriter(cw, upperWriter{&log})
	fmt.Fprintf(mw, "hello %s\n", "world")
	fmt.Fprintln(mw, "second line", 2)
	fmt.Printf("counted %d bytes in %d calls\n", cw.bytes, cw.calls)
	fmt.Print("log: ", log.String())

	var seen strings.Builder
	tee := io.TeeReader(strings.NewReader("tee data"), &seen)
	buf := make([]byte, 3)
	n, _ := tee.Read(buf)
	fmt.Printf("read %q, seen %q\n", buf[:n], seen.String())
	io.Copy(io.Discard, tee)
	fmt.Printf("seen all %q\n", seen.String())
	var _ io.Writer = cw
}
