package main

import (
	"fmt"
	"strings"
)

type Reader interface{ Read() string }
type Writer interface{ Write(s string) }
type ReadWriter interface {
	Reader
	Writer
}

type buffer struct{ parts []string }

func (b *buffer) Write(s string) { b.parts = append(b.parts, s) }
func (b *buffer) Read() string {
	s := strings.Join(b.parts, "")
	b.parts = nil
	return s
}

func pump(w Writer, words ...string) {
	for _, x := range words {
		w.Write(x)
	}
}

func main() {
	var rw ReadWriter = &buffer{}
	pump(rw, "a", "b", "c")
	fmt.Println(rw.Read(), rw.Read() == "")
	var r Reader = rw
	_, isW := r.(Writer)
	fmt.Println(isW)
	switch v := r.(type) {
	case ReadWriter:
		fmt.Printf("read-writer %T\n", v)
	default:
		fmt.Println("other")
	}
}
