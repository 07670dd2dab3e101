package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode"
)

type rot13Reader struct{ r io.Reader }

func (r rot13Reader) Read(p []byte) (int, error) {
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

type upperWriter struct{ w io.Writer }

func (u upperWriter) Write(p []byte) (int, error) {
	return u.w.Write(bytes.ToUpper(p))
}

type countWriter struct {
	n      int64
	words  int
	inWord bool
}

func (c *countWriter) Write(p []byte) (int, error) {
	c.n += int64(len(p))
	for _, b := range p {
		sp := unicode.IsSpace(rune(b))
		if !sp && !c.inWord {
			c.words++
		}
		c.inWord = !sp
	}
	return len(p), nil
}

type slowReader struct {
	data  []byte
	chunk int
}

func (s *slowReader) Read(p []byte) (int, error) {
	if len(s.data) == 0 {
		return 0, io.EOF
	}
	n := min(s.chunk, len(p), len(s.data))
	copy(p, s.data[:n])
	s.data = s.data[n:]
	return n, nil
}

func main() {
	var buf bytes.Buffer
	n, err := io.Copy(&buf, rot13Reader{strings.NewReader("Uryyb, Tbcure! Lbh penpxrq gur pbqr.")})
	fmt.Println(n, err, buf.String())

	cw := &countWriter{}
	var out bytes.Buffer
	mw := io.MultiWriter(cw, upperWriter{&out})
	tee := io.TeeReader(strings.NewReader("the quick  brown\tfox\njumps"), mw)
	all, _ := io.ReadAll(tee)
	fmt.Printf("%q\n%q %d bytes %d words\n", all, out.String(), cw.n, cw.words)

	sr := &slowReader{[]byte("abcdefghij"), 3}
	p := make([]byte, 4)
	for {
		n, err := sr.Read(p)
		fmt.Printf("%d %q %v; ", n, p[:n], err)
		if err == io.EOF {
			break
		}
	}
	fmt.Println()
	sr2 := &slowReader{[]byte("0123456789"), 4}
	full := make([]byte, 7)
	k, err := io.ReadFull(sr2, full)
	fmt.Println(k, err, string(full))
	k, err = io.ReadFull(sr2, full)
	fmt.Println(k, err, string(full[:k]))

	lr := io.LimitReader(strings.NewReader("limited reader text"), 7)
	b, _ := io.ReadAll(lr)
	fmt.Printf("%s|\n", b)
	mr := io.MultiReader(strings.NewReader("one "), strings.NewReader("two "), rot13Reader{strings.NewReader("guerr")})
	b, _ = io.ReadAll(mr)
	fmt.Println(string(b))
	sec := io.NewSectionReader(strings.NewReader("0123456789"), 3, 4)
	b, _ = io.ReadAll(sec)
	fmt.Println(string(b), sec.Size())
	var w io.Writer = &buf
	if sw, ok := w.(io.StringWriter); ok {
		sw.WriteString(" +more")
	}
	_, isRF := w.(io.ReaderFrom)
	fmt.Println(buf.Len(), isRF, strings.Contains(buf.String(), "more"))
	pr, pw := io.Pipe()
	go func() {
		fmt.Fprint(pw, "through the pipe")
		pw.Close()
	}()
	b, _ = io.ReadAll(pr)
	fmt.Println(string(b))
}
