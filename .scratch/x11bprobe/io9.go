package main

import (
	"fmt"
	"io"
	"strings"
)

var calls int

type counter struct{}

func (counter) Write(p []byte) (int, error) { calls++; return len(p), nil }

func main() {
	fmt.Println(io.Copy(counter{}, strings.NewReader("abc")))
	fmt.Fprintln(counter{}, "x")
	fmt.Println(calls)
}
