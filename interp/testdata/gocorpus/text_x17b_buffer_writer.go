package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode"
)

type ByteCounter int

func (c *ByteCounter) Write(p []byte) (int, error) {
	*c += ByteCounter(len(p))
	return len(p), nil
}

type UpperWriter struct {
	w io.Writer
}

func (u UpperWriter) Write(p []byte) (int, error) {
	return u.w.Write(bytes.ToUpper(p))
}

type LineCounter struct {
	lines, words int
}

func (l *LineCounter) Write(p []byte) (int, error) {
	sc := bufio.NewScanner(bytes.NewReader(p))
	for sc.Scan() {
		l.lines++
		l.words += len(strings.FieldsFunc(sc.Text(), unicode.IsSpace))
	}
	return len(p), nil
}

func (l LineCounter) String() string { return fmt.Sprintf("%d lines, %d words", l.lines, l.words) }

func main() {
	var c ByteCounter
	fmt.Fprintf(&c, "hello, %s", "world")
	fmt.Println(c)
	var buf bytes.Buffer
	uw := UpperWriter{&buf}
	fmt.Fprintln(uw, "shout this")
	io.WriteString(uw, "and this\n")
	fmt.Print(buf.String())
	var lc LineCounter
	mw := io.MultiWriter(&lc, &c)
	io.Copy(mw, strings.NewReader("one two\nthree\nfour five six\n"))
	fmt.Println(lc.String(), c)
	fmt.Println(&lc)
	var b bytes.Buffer
	b.WriteString("abc")
	b.WriteByte('-')
	b.WriteRune('é')
	b.Write([]byte{'!', '\n'})
	fmt.Printf("%q %d\n", b.String(), b.Len())
	line, err := b.ReadString('-')
	fmt.Printf("%q %v %q\n", line, err, b.String())
	r, size, _ := b.ReadRune()
	fmt.Println(string(r), size)
	rest, err := io.ReadAll(&b)
	fmt.Printf("%q %v\n", rest, err)
	var sb strings.Builder
	w := bufio.NewWriter(&sb)
	for i := range 3 {
		fmt.Fprintf(w, "[%d]", i)
	}
	fmt.Println(sb.Len())
	w.Flush()
	fmt.Println(sb.String())
	tr := io.TeeReader(strings.NewReader("tee"), &buf)
	data, _ := io.ReadAll(tr)
	fmt.Println(string(data), buf.String())
	lr := io.LimitReader(strings.NewReader("limited reader"), 7)
	d2, _ := io.ReadAll(lr)
	fmt.Println(string(d2))
}
