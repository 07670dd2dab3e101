package main

import (
	"bufio"
	"bytes"
	"fmt"
	"hash/crc32"
	"io"
	"strings"
	"unicode"
)

type CountingWriter struct {
	io.Writer
	N int64
}

func (c *CountingWriter) Write(p []byte) (int, error) {
	n, err := c.Writer.Write(p)
	c.N += int64(n)
	return n, err
}

type upperReader struct{ r io.Reader }

func (u upperReader) Read(p []byte) (int, error) {
	n, err := u.r.Read(p)
	for i := 0; i < n; i++ {
		p[i] = byte(unicode.ToUpper(rune(p[i])))
	}
	return n, err
}

// ChecksumWriter computes crc32 of everything written through it.
type ChecksumWriter struct {
	w   io.Writer
	crc uint32
}

func (c *ChecksumWriter) Write(p []byte) (int, error) {
	c.crc = crc32.Update(c.crc, crc32.IEEETable, p)
	return c.w.Write(p)
}

type limitedErrWriter struct {
	left int
}

var errFull = fmt.Errorf("device full")

func (l *limitedErrWriter) Write(p []byte) (int, error) {
	if len(p) > l.left {
		n := l.left
		l.left = 0
		return n, errFull
	}
	l.left -= len(p)
	return len(p), nil
}

func main() {
	src := "line one\nline two\nthird line here\n"
	var out bytes.Buffer
	cw := &CountingWriter{Writer: &out}
	ck := &ChecksumWriter{w: cw}
	n, err := io.Copy(ck, upperReader{strings.NewReader(src)})
	fmt.Println(n, err, cw.N)
	fmt.Printf("%q crc=%08x direct=%08x\n", out.String(), ck.crc, crc32.ChecksumIEEE([]byte(strings.ToUpper(src))))

	sc := bufio.NewScanner(strings.NewReader(src))
	sc.Split(bufio.ScanWords)
	words := 0
	for sc.Scan() {
		words++
	}
	fmt.Println("words:", words)

	var w io.Writer = &limitedErrWriter{left: 10}
	n2, err := io.WriteString(w, "hello world, too long")
	fmt.Println(n2, err)

	tee := io.TeeReader(strings.NewReader("abcdef"), cw)
	lr := io.LimitReader(tee, 4)
	b, _ := io.ReadAll(lr)
	fmt.Printf("%s %d %q\n", b, cw.N, out.String()[out.Len()-4:])

	pr, pw := io.Pipe()
	go func() {
		bw := bufio.NewWriter(pw)
		for i := 0; i < 3; i++ {
			fmt.Fprintf(bw, "msg %d\n", i)
		}
		bw.Flush()
		pw.CloseWithError(io.ErrClosedPipe)
	}()
	data, err := io.ReadAll(pr)
	fmt.Printf("%q %v\n", data, err)

	var ws []io.Writer = []io.Writer{cw, ck, w, &out}
	for _, x := range ws {
		_, isStringer := x.(fmt.Stringer)
		fmt.Printf("%T stringer=%t\n", x, isStringer)
	}
	mw := io.MultiWriter(&out, cw)
	fmt.Fprint(mw, "!")
	fmt.Println(out.Len(), cw.N)
}
