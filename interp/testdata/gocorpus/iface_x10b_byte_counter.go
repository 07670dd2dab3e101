// Exercises: byte, word and line counts as io.Writer used with fmt.Fprintf, one Counts struct with pointer-receiver Write, io.MultiWriter, a CountingWriter wrapping another writer, io.Writer vs fmt.Stringer checks
package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode"
)

// Counts keeps all three tallies; a Write may split a word across calls,
// so inWord carries over.
type Counts struct {
	Bytes, Words, Lines int
	inWord              bool
}

func (c *Counts) Write(p []byte) (int, error) {
	c.Bytes += len(p)
	c.Lines += bytes.Count(p, []byte{'\n'})
	for _, r := range string(p) {
		space := unicode.IsSpace(r)
		if !space && !c.inWord {
			c.Words++
		}
		c.inWord = !space
	}
	return len(p), nil
}

func (c Counts) String() string { return fmt.Sprintf("%dB %dW %dL", c.Bytes, c.Words, c.Lines) }

type countingWriter struct {
	w io.Writer
	n int64
}

func (cw *countingWriter) Write(p []byte) (int, error) {
	n, err := cw.w.Write(p)
	cw.n += int64(n)
	return n, err
}

func CountingWriter(w io.Writer) (io.Writer, *int64) {
	cw := &countingWriter{w: w}
	return cw, &cw.n
}

func main() {
	var c Counts
	fmt.Fprintf(&c, "hello, %s\n", "Dolly")
	fmt.Fprint(&c, "split wo")
	fmt.Fprintln(&c, "rd here")
	fmt.Println(c, c.Words)
	var sb strings.Builder
	w, n := CountingWriter(&sb)
	var c2 Counts
	mw := io.MultiWriter(w, &c2)
	io.Copy(mw, strings.NewReader("one two\nthree\n"))
	fmt.Println(*n, sb.Len(), c2.String())
	var iw io.Writer = &c
	_, isStringer := iw.(fmt.Stringer)
	_, isCounts := iw.(*Counts)
	fmt.Println(isStringer, isCounts)
}
