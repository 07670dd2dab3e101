// Exercises: interfaces embedding other interfaces (ReadWriter, ReadWriteCloser), a type satisfying them, upgrading an interface with a type assertion, interface checks with var _.
package main

import (
	"errors"
	"fmt"
	"io"
)

type Reader interface{ Read() (string, error) }
type Writer interface{ Write(s string) error }
type ReadWriter interface {
	Reader
	Writer
}
type ReadWriteCloser interface {
	ReadWriter
	io.Closer
}

type Pipe struct {
	queue  []string
	closed bool
}

var _ ReadWriteCloser = (*Pipe)(nil)
var ErrClosed = errors.New("pipe closed")

func (p *Pipe) Write(s string) error {
	if p.closed {
		return ErrClosed
	}
	p.queue = append(p.queue, s)
	return nil
}

func (p *Pipe) Read() (s string, err error) {
	if len(p.queue) == 0 {
		return "", io.EOF
	}
	s, p.queue = p.queue[0], p.queue[1:]
	return s, nil
}

func (p *Pipe) Close() error { p.closed = true; return nil }

func drain(r Reader) []string {
	var out []string
	for {
		s, err := r.Read()
		if err != nil {
			return append(out, "<"+err.Error()+">")
		}
		out = append(out, s)
		if c, ok := r.(io.Closer); ok && len(out) == 2 {
			c.Close()
		}
	}
}

func main() {
	var rw ReadWriter = &Pipe{}
	var w Writer = rw
	fmt.Println(rw.Write("a"), rw.Write("b"), rw.Write("c"), w.Write("d"))
	fmt.Println(drain(rw))
	fmt.Println(errors.Is(w.Write("e"), ErrClosed), w.Write("e"))
	_, isRWC := w.(ReadWriteCloser)
	_, isStringer := w.(fmt.Stringer)
	fmt.Println(isRWC, isStringer)
}
