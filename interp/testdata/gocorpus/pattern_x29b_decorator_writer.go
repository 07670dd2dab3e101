package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode"
)

// countingWriter decorates an io.Writer and counts bytes written.
type countingWriter struct {
	w io.Writer
	n int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// prefixWriter adds a prefix at the start of each line.
type prefixWriter struct {
	w      io.Writer
	prefix string
	midway bool
}

func (p *prefixWriter) Write(b []byte) (int, error) {
	var buf bytes.Buffer
	for _, c := range b {
		if !p.midway {
			buf.WriteString(p.prefix)
			p.midway = true
		}
		buf.WriteByte(c)
		if c == '\n' {
			p.midway = false
		}
	}
	if _, err := p.w.Write(buf.Bytes()); err != nil {
		return 0, err
	}
	return len(b), nil
}

type upperWriter struct{ io.Writer }

func (u upperWriter) Write(p []byte) (int, error) {
	return u.Writer.Write(bytes.ToUpper(p))
}

type limitedWriter struct {
	w     io.Writer
	limit int
}

var errLimit = fmt.Errorf("write limit reached")

func (l *limitedWriter) Write(p []byte) (int, error) {
	if len(p) > l.limit {
		n, _ := l.w.Write(p[:l.limit])
		l.limit = 0
		return n, errLimit
	}
	l.limit -= len(p)
	return l.w.Write(p)
}

type Decorator func(io.Writer) io.Writer

func Chain(w io.Writer, ds ...Decorator) io.Writer {
	for i := len(ds) - 1; i >= 0; i-- {
		w = ds[i](w)
	}
	return w
}

func main() {
	var out strings.Builder
	counter := &countingWriter{w: &out}
	w := Chain(counter,
		func(w io.Writer) io.Writer { return upperWriter{w} },
		func(w io.Writer) io.Writer { return &prefixWriter{w: w, prefix: "> "} },
	)
	fmt.Fprintf(w, "hello %s\nsecond line\n", "world")
	io.WriteString(w, "partial ")
	io.WriteString(w, "line\n")
	fmt.Print(out.String())
	fmt.Println("bytes:", counter.n)

	var small bytes.Buffer
	lw := &limitedWriter{w: &small, limit: 10}
	for _, word := range []string{"alpha ", "beta ", "gamma "} {
		n, err := lw.Write([]byte(word))
		fmt.Printf("%q n=%d err=%v\n", word, n, err)
	}
	fmt.Printf("%q\n", small.String())

	titled := strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return '_'
		}
		return r
	}, out.String())
	fmt.Println(len(titled), strings.Count(titled, "_"))
}
