// Implementations of io.Reader: a string reader, LimitReader and a rot13
// filter, composed with the standard library, after exercises 7.4 and 7.5.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

type stringReader struct {
	s string
	i int
}

func (r *stringReader) Read(p []byte) (n int, err error) {
	if r.i >= len(r.s) {
		return 0, io.EOF
	}
	n = copy(p, r.s[r.i:])
	r.i += n
	return n, nil
}

func NewReader(s string) io.Reader { return &stringReader{s: s} }

type limitReader struct {
	r io.Reader
	n int64
}

func (l *limitReader) Read(p []byte) (int, error) {
	if l.n <= 0 {
		return 0, io.EOF
	}
	if int64(len(p)) > l.n {
		p = p[:l.n]
	}
	n, err := l.r.Read(p)
	l.n -= int64(n)
	return n, err
}

func LimitReader(r io.Reader, n int64) io.Reader { return &limitReader{r, n} }

type rot13Reader struct{ r io.Reader }

func (rr rot13Reader) Read(p []byte) (int, error) {
	n, err := rr.r.Read(p)
	for i := range p[:n] {
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

// chunkReader returns at most size bytes per call, to exercise callers.
type chunkReader struct {
	r     io.Reader
	size  int
	reads int
}

func (c *chunkReader) Read(p []byte) (int, error) {
	c.reads++
	if len(p) > c.size {
		p = p[:c.size]
	}
	return c.r.Read(p)
}

func main() {
	data, err := io.ReadAll(NewReader("hello, reader"))
	fmt.Printf("%q %v\n", data, err)

	lr := LimitReader(NewReader("0123456789"), 4)
	data, _ = io.ReadAll(lr)
	fmt.Printf("%s\n", data)

	io.Copy(os.Stdout, rot13Reader{strings.NewReader("Lbh penpxrq gur pbqr!\n")})

	cr := &chunkReader{r: NewReader("line one\nline two\nline three has more words\n"), size: 5}
	sc := bufio.NewScanner(cr)
	for sc.Scan() {
		fmt.Printf("[%s] ", sc.Text())
	}
	fmt.Println("reads:", cr.reads)

	var sb strings.Builder
	n, err := io.Copy(&sb, io.MultiReader(NewReader("abc"), LimitReader(NewReader("defghij"), 3), strings.NewReader("!")))
	fmt.Println(sb.String(), n, err)

	buf := make([]byte, 4)
	r := NewReader("abcdefghij")
	for {
		n, err := r.Read(buf)
		fmt.Printf("%d %q %v\n", n, buf[:n], err)
		if err != nil {
			break
		}
	}
	_, err = io.ReadFull(NewReader("ab"), buf)
	fmt.Println(err)
	tee := io.TeeReader(rot13Reader{NewReader("Uryyb")}, os.Stdout)
	all, _ := io.ReadAll(tee)
	fmt.Printf(" %d\n", len(all))
}
