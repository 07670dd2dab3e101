// Exercises: interface embedding and a type implementing the combined interface.
package main

import (
	"fmt"
	"io"
)

type Reader interface{ Read() string }
type Writer interface{ Write(s string) }
type ReadWriter interface {
	Reader
	Writer
}

type Pipe struct{ buf []string }

func (p *Pipe) Write(s string) { p.buf = append(p.buf, s) }
func (p *Pipe) Read() string {
	if len(p.buf) == 0 {
		return ""
	}
	s := p.buf[0]
	p.buf = p.buf[1:]
	return s
}

func main() {
	var rw ReadWriter = &Pipe{}
	rw.Write("one")
	rw.Write("two")
	var r Reader = rw
	fmt.Println(r.Read())
	w, ok := r.(Writer)
	fmt.Println(ok)
	w.Write("three")
	fmt.Println(rw.Read(), rw.Read(), rw.Read() == "")
	_, isIO := r.(io.Writer)
	fmt.Println(isIO)
}
