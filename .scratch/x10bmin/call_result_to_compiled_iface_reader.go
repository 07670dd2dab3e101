package main

import (
	"fmt"
	"io"
	"strings"
)

type rd struct{ r io.Reader }

func (x *rd) Read(p []byte) (int, error) { return x.r.Read(p) }

func newRd(s string) *rd { return &rd{strings.NewReader(s)} }

func main() {
	b, err := io.ReadAll(newRd("xyz"))
	fmt.Println(string(b), err)
}
