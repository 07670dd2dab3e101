// Exercises: interface embedding interfaces, interface upgrade via assertion (io.WriterTo style), comparing interface values holding structs, any holding uncomparable type panics
package main

import (
	"fmt"
	"strings"
)

type Reader interface{ Read() string }
type Closer interface{ Close() error }
type ReadCloser interface {
	Reader
	Closer
}

type file struct {
	name   string
	closed bool
}

func (f *file) Read() string { return "contents of " + f.name }
func (f *file) Close() error { f.closed = true; return nil }

type Sizer interface{ Size() int }

type memfile struct{ data string }

func (m memfile) Read() string { return m.data }
func (m memfile) Size() int    { return len(m.data) }

func describe(r Reader) string {
	var b strings.Builder
	b.WriteString(r.Read())
	if s, ok := r.(Sizer); ok {
		fmt.Fprintf(&b, " (%d bytes)", s.Size())
	}
	if c, ok := r.(Closer); ok {
		fmt.Fprintf(&b, " close=%v", c.Close())
	}
	return b.String()
}

func main() {
	f := &file{name: "a.txt"}
	var rc ReadCloser = f
	fmt.Println(describe(rc), f.closed)
	fmt.Println(describe(memfile{"hello"}))
	var r1, r2 Reader = memfile{"x"}, memfile{"x"}
	fmt.Println(r1 == r2, r1 == Reader(memfile{"y"}))
	var a1, a2 any = []int{1}, []int{1}
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(a1 == a2)
}
