package main

import (
	"fmt"
	"io"
	"strings"
)

type Source interface{ Name() string }
type Sized interface{ Size() int }

type file struct{ n string }

func (f *file) Name() string                { return f.n }
func (f *file) Size() int                   { return len(f.n) }
func (f *file) Write(p []byte) (int, error) { return len(p), nil }

func classify(s Source) []string {
	var out []string
	switch s.(type) {
	case io.Writer:
		out = append(out, "writer")
	}
	switch v := s.(type) {
	case Sized:
		out = append(out, fmt.Sprint("sized ", v.Size()))
	default:
		out = append(out, "unsized")
	}
	if sz, ok := s.(Sized); ok {
		out = append(out, fmt.Sprint("assert ok ", sz.Size()))
	}
	return out
}

func main() {
	fmt.Println(strings.Join(classify(&file{"abc"}), "; "))
}
