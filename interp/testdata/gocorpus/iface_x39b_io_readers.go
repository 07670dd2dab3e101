package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"
)

type rot13Reader struct{ r io.Reader }

func (rr rot13Reader) Read(p []byte) (int, error) {
	n, err := rr.r.Read(p)
	for i := 0; i < n; i++ {
		c := p[i]
		switch {
		case c >= 'a' && c <= 'z':
			p[i] = 'a' + (c-'a'+13)%26
		case c >= 'A' && c <= 'Z':
			p[i] = 'A' + (c-'A'+13)%26
		}
	}
	return n, err
}

type upperWriter struct{ w io.Writer }

func (u upperWriter) Write(p []byte) (int, error) {
	return u.w.Write(bytes.ToUpper(p))
}

type countingReader struct {
	io.Reader
	reads, bytes int
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.Reader.Read(p)
	c.reads++
	c.bytes += n
	return n, err
}

type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err != nil {
		return
	}
	_, e.err = fmt.Fprintf(e.w, format, args...)
}

type limitedBuffer struct {
	bytes.Buffer
	max int
}

var errFull = errors.New("buffer full")

func (l *limitedBuffer) Write(p []byte) (int, error) {
	if l.Len()+len(p) > l.max {
		return 0, errFull
	}
	return l.Buffer.Write(p)
}

func main() {
	src := strings.NewReader("Uryyb, Tbcure! Jr ybir Tb.")
	cr := &countingReader{Reader: rot13Reader{src}}
	var plain, upper bytes.Buffer
	n, err := io.Copy(io.MultiWriter(&plain, upperWriter{&upper}), io.TeeReader(cr, io.Discard))
	fmt.Println(n, err, plain.String(), upper.String(), cr.bytes, cr.reads > 0)

	lr := io.LimitReader(strings.NewReader("0123456789"), 4)
	b, _ := io.ReadAll(lr)
	fmt.Printf("%s\n", b)
	sr := io.NewSectionReader(strings.NewReader("abcdefghij"), 3, 4)
	b, _ = io.ReadAll(sr)
	fmt.Printf("%s %d\n", b, sr.Size())

	pr, pw := io.Pipe()
	go func() {
		w := bufio.NewWriter(pw)
		for i := 1; i <= 3; i++ {
			fmt.Fprintf(w, "line %d\n", i)
		}
		w.Flush()
		pw.CloseWithError(errors.New("producer done"))
	}()
	sc := bufio.NewScanner(pr)
	for sc.Scan() {
		fmt.Println("got:", sc.Text())
	}
	fmt.Println("scan err:", sc.Err())

	ws := bufio.NewScanner(strings.NewReader("alpha  beta\ngamma\tdelta"))
	ws.Split(bufio.ScanWords)
	count := 0
	for ws.Scan() {
		count++
	}
	fmt.Println("words:", count)

	lb := &limitedBuffer{max: 20}
	ew := &errWriter{w: lb}
	for i := 0; i < 5; i++ {
		ew.printf("item-%d;", i)
	}
	fmt.Println(lb.String(), ew.err, errors.Is(ew.err, errFull))

	br := bufio.NewReader(strings.NewReader("key: value\nnext"))
	line, err := br.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	rest, err := br.ReadString('\n')
	fmt.Printf("%q %v %t\n", rest, err, err == io.EOF)
	r, _, _ := bufio.NewReader(strings.NewReader("ñ")).ReadRune()
	fmt.Println(string(r), unicode.IsLower(r))
	var w io.Writer = &plain
	_, isStringWriter := w.(io.StringWriter)
	_, isCloser := w.(io.Closer)
	fmt.Println(isStringWriter, isCloser)
}
