package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"
)

type rot13 struct{ r io.Reader }

func (r rot13) Read(p []byte) (int, error) {
	n, err := r.r.Read(p)
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

type countingWriter struct {
	w     io.Writer
	bytes int
	lines int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	c.bytes += len(p)
	c.lines += bytes.Count(p, []byte("\n"))
	return c.w.Write(p)
}

type upper struct{ io.Writer }

func (u upper) Write(p []byte) (int, error) {
	return u.Writer.Write(bytes.ToUpper(p))
}

func main() {
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	cw := &countingWriter{w: out}
	src := io.MultiReader(strings.NewReader("Uryyb, Tbcure!\n"), strings.NewReader("Nqirag bs Pbqr\n"))
	n, err := io.Copy(cw, rot13{src})
	fmt.Fprintln(out, n, err, cw.bytes, cw.lines)

	br := bufio.NewReader(strings.NewReader("héllo wörld\nsecond line\nno newline"))
	for {
		line, err := br.ReadString('\n')
		fmt.Fprintf(out, "%q runes=%d err=%v\n", line, utf8.RuneCountInString(line), err)
		if err == io.EOF {
			break
		}
	}
	rr := strings.NewReader("añb")
	for {
		r, size, err := rr.ReadRune()
		if err != nil {
			break
		}
		fmt.Fprintf(out, "%c:%d ", r, size)
	}
	fmt.Fprintln(out)
	lim := io.LimitReader(strings.NewReader("0123456789"), 4)
	b, _ := io.ReadAll(lim)
	fmt.Fprintln(out, string(b))
	var w io.Writer = upper{out}
	fmt.Fprintf(w, "shout %d times\n", 3)
	var buf bytes.Buffer
	tee := io.TeeReader(strings.NewReader("tee data"), &buf)
	io.Copy(io.Discard, tee)
	fmt.Fprintln(out, buf.String(), buf.Len())
	pr, pw := io.Pipe()
	go func() {
		fmt.Fprint(pw, "through ", "the ", "pipe")
		pw.Close()
	}()
	data, _ := io.ReadAll(pr)
	fmt.Fprintln(out, string(data))
	var sb strings.Builder
	_, isWT := io.Reader(strings.NewReader("")).(io.WriterTo)
	_, isSW := io.Writer(&sb).(io.StringWriter)
	fmt.Fprintln(out, isWT, isSW)
}
