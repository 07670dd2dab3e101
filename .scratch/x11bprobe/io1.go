package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
)

type upper struct{ r io.Reader }

func (u upper) Read(p []byte) (int, error) {
	n, err := u.r.Read(p)
	copy(p, strings.ToUpper(string(p[:n])))
	return n, err
}

type countW struct{ n, calls int }

func (c *countW) Write(p []byte) (int, error) { c.n += len(p); c.calls++; return len(p), nil }

type failW struct{}

func (failW) Write(p []byte) (int, error) { return 1, errors.New("fail") }

func main() {
	b, err := io.ReadAll(upper{strings.NewReader("hello world")})
	fmt.Println(string(b), err)
	sc := bufio.NewScanner(upper{strings.NewReader("a b\nc")})
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println()
	c := &countW{}
	n, err := fmt.Fprintf(c, "%d-%s", 42, "xy")
	fmt.Println(n, err, c.n, c.calls)
	n2, err := io.Copy(c, strings.NewReader("12345"))
	fmt.Println(n2, err, c.n)
	n, err = fmt.Fprint(failW{}, "abc")
	fmt.Println(n, err)
	w := bufio.NewWriter(c)
	w.WriteString("buffered")
	fmt.Println(c.n, w.Buffered())
	w.Flush()
	fmt.Println(c.n)
	mw := io.MultiWriter(c, c)
	io.WriteString(mw, "xx")
	fmt.Println(c.n, c.calls)
}
