package main

import (
	"fmt"
	"io"
	"strings"
)

type WriterFunc func(p []byte) (int, error)

func (f WriterFunc) Write(p []byte) (int, error) { return f(p) }

func main() {
	total := 0
	w := WriterFunc(func(p []byte) (int, error) { total += len(p); return len(p), nil })
	// go: 5 <nil> 5
	// gobackprop: panic: reflect: Call using func([]uint8) (int, error) as type io.Writer
	n, err := io.Copy(w, strings.NewReader("hello"))
	fmt.Println(n, err, total)
}
