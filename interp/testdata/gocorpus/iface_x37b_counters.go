// Writers that count bytes, words and lines, as in the exercises of section 7.1.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

type ByteCounter int

func (c *ByteCounter) Write(p []byte) (int, error) {
	*c += ByteCounter(len(p))
	return len(p), nil
}

type WordCounter int

func (c *WordCounter) Write(p []byte) (int, error) {
	sc := bufio.NewScanner(bytes.NewReader(p))
	sc.Split(bufio.ScanWords)
	for sc.Scan() {
		*c++
	}
	return len(p), sc.Err()
}

type LineCounter int

func (c *LineCounter) Write(p []byte) (int, error) {
	*c += LineCounter(bytes.Count(p, []byte("\n")))
	return len(p), nil
}

type countingWriter struct {
	w     io.Writer
	count int64
}

func (cw *countingWriter) Write(p []byte) (int, error) {
	n, err := cw.w.Write(p)
	cw.count += int64(n)
	return n, err
}

// CountingWriter returns a Writer that wraps w and a pointer to the number
// of bytes written to it.
func CountingWriter(w io.Writer) (io.Writer, *int64) {
	cw := &countingWriter{w: w}
	return cw, &cw.count
}

type upperWriter struct{ w io.Writer }

func (u upperWriter) Write(p []byte) (int, error) {
	return u.w.Write(bytes.ToUpper(p))
}

const poem = `Shall I compare thee to a summer's day?
Thou art more lovely and more temperate:
Rough winds do shake the darling buds of May,
And summer's lease hath all too short a date;
`

func main() {
	var c ByteCounter
	c.Write([]byte("hello"))
	fmt.Println(c)
	c = 0
	var name = "Dolly"
	fmt.Fprintf(&c, "hello, %s", name)
	fmt.Println(c)

	var wc WordCounter
	var lc LineCounter
	mw := io.MultiWriter(&c, &wc, &lc)
	io.Copy(mw, strings.NewReader(poem))
	fmt.Printf("bytes=%d words=%d lines=%d\n", c, wc, lc)

	w, n := CountingWriter(os.Stdout)
	fmt.Fprintln(w, "first line through the counting writer")
	fmt.Fprintf(w, "%s|%5d|%-5d|\n", "pad", 42, 7)
	fmt.Println("written:", *n)

	up := upperWriter{os.Stdout}
	fmt.Fprintf(up, "quiet words, %d of them\n", 4)

	var sb strings.Builder
	tw, count := CountingWriter(&sb)
	for i := range 3 {
		fmt.Fprintf(tw, "[%d]", i*i)
	}
	fmt.Printf("%q %d\n", sb.String(), *count)

	var iw io.Writer = &lc
	_, isLine := iw.(*LineCounter)
	_, isWord := iw.(*WordCounter)
	_, isStringer := iw.(fmt.Stringer)
	fmt.Println(isLine, isWord, isStringer)
	fmt.Printf("%T %T\n", iw, w)
}
