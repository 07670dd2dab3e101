package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode"
)

type CountingWriter struct {
	W     io.Writer
	Bytes int
	Calls int
}

func (c *CountingWriter) Write(p []byte) (int, error) {
	c.Calls++
	n, err := c.W.Write(p)
	c.Bytes += n
	return n, err
}

type UpperWriter struct{ io.Writer }

func (u UpperWriter) Write(p []byte) (int, error) {
	return u.Writer.Write(bytes.ToUpper(p))
}

type LinePrefixer struct {
	w       io.Writer
	prefix  string
	midLine bool
}

func (l *LinePrefixer) Write(p []byte) (int, error) {
	var buf bytes.Buffer
	for _, b := range p {
		if !l.midLine {
			buf.WriteString(l.prefix)
			l.midLine = true
		}
		buf.WriteByte(b)
		if b == '\n' {
			l.midLine = false
		}
	}
	if _, err := l.w.Write(buf.Bytes()); err != nil {
		return 0, err
	}
	return len(p), nil
}

type rot13Reader struct{ r io.Reader }

func (r rot13Reader) Read(p []byte) (int, error) {
	n, err := r.r.Read(p)
	for i := 0; i < n; i++ {
		c := rune(p[i])
		switch {
		case unicode.IsLower(c):
			p[i] = byte('a' + (c-'a'+13)%26)
		case unicode.IsUpper(c):
			p[i] = byte('A' + (c-'A'+13)%26)
		}
	}
	return n, err
}

type limitedErrWriter struct {
	max int
	buf strings.Builder
}

func (l *limitedErrWriter) Write(p []byte) (int, error) {
	if l.buf.Len()+len(p) > l.max {
		return 0, fmt.Errorf("limit %d exceeded", l.max)
	}
	return l.buf.Write(p)
}

func main() {
	var sink strings.Builder
	cw := &CountingWriter{W: &sink}
	lp := &LinePrefixer{w: cw, prefix: "> "}
	w := io.MultiWriter(lp, UpperWriter{io.Discard})
	fmt.Fprintf(w, "hello %s\nsecond", "gopher")
	fmt.Fprintln(w, " line continues")
	io.WriteString(w, "third\n")
	fmt.Print(sink.String())
	fmt.Println(cw.Bytes, cw.Calls)

	var out bytes.Buffer
	n, err := io.Copy(UpperWriter{&out}, rot13Reader{strings.NewReader("Uryyb, Jbeyq! 123")})
	fmt.Println(n, err, out.String())

	lw := &limitedErrWriter{max: 10}
	_, err = fmt.Fprint(lw, "short")
	fmt.Println(err, lw.buf.String())
	_, err = fmt.Fprint(lw, "this is too long")
	fmt.Println(err)
	var iw io.Writer = cw
	_, isStringer := iw.(fmt.Stringer)
	_, isWriter := iw.(io.Writer)
	fmt.Println(isStringer, isWriter)
	tee := io.TeeReader(strings.NewReader("abc"), UpperWriter{&out})
	data, _ := io.ReadAll(tee)
	fmt.Println(string(data), out.String())
}
