package main

import (
	"fmt"
	"io"
	"strings"
)

type ReadWriter interface {
	io.Reader
	io.Writer
}

type upperBuf struct{ strings.Builder }

func (u *upperBuf) Read(p []byte) (int, error) { return 0, io.EOF }

func (u *upperBuf) WriteString(s string) (int, error) {
	return u.Builder.WriteString(strings.ToUpper(s))
}

func main() {
	var rw ReadWriter = &upperBuf{}
	io.WriteString(rw, "shout ")
	fmt.Fprint(rw, "quiet")
	fmt.Println(rw.(*upperBuf).String())
}
