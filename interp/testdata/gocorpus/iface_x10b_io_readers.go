// Exercises: io.Reader implemented by a user type, a LimitReader-like wrapper, io.ReadAll, bufio.Scanner over a custom reader, a rot13 reader chain
package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

type stringReader struct{ rest []byte }

func (r *stringReader) Read(p []byte) (int, error) {
	if len(r.rest) == 0 {
		return 0, io.EOF
	}
	n := copy(p, r.rest)
	r.rest = r.rest[n:]
	return n, nil
}
func NewReader(s string) io.Reader { return &stringReader{[]byte(s)} }

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

type rot13 struct{ r io.Reader }

func (r rot13) Read(p []byte) (int, error) {
	n, err := r.r.Read(p)
	for i := 0; i < n; i++ {
		c := p[i]
		if up := c &^ 0x20; up >= 'A' && up <= 'Z' {
			p[i] = c&0x20 | ('A' + (up-'A'+13)%26)
		}
	}
	return n, err
}
func main() {
	b, err := io.ReadAll(NewReader("hello reader"))
	fmt.Printf("%s %v\n", b, err)
	b, _ = io.ReadAll(&limitReader{NewReader("0123456789"), 4})
	fmt.Println(string(b))
	sc := bufio.NewScanner(rot13{NewReader("Uryyb\nTbcuref\n!")})
	for sc.Scan() {
		fmt.Printf("[%s] ", sc.Text())
	}
	fmt.Println()
	var sb strings.Builder
	n, err := io.Copy(&sb, io.LimitReader(rot13{strings.NewReader("nopqrs")}, 3))
	fmt.Println(n, err, sb.String())
	buf, r := make([]byte, 3), NewReader("abcdefg")
	for n, err := r.Read(buf); err != io.EOF; n, err = r.Read(buf) {
		fmt.Print(n, ":", string(buf[:n]), " ")
	}
	fmt.Println()
}
