// Exercises: object pool with buffered channel, bytes.Buffer reuse, Reset, defer to return objects
package main

import (
	"bytes"
	"fmt"
)

type Pool struct {
	free    chan *bytes.Buffer
	created int
}

func NewPool(n int) *Pool { return &Pool{free: make(chan *bytes.Buffer, n)} }

func (p *Pool) Get() *bytes.Buffer {
	select {
	case b := <-p.free:
		return b
	default:
		p.created++
		return new(bytes.Buffer)
	}
}

func (p *Pool) Put(b *bytes.Buffer) {
	b.Reset()
	select {
	case p.free <- b:
	default:
	}
}

func render(p *Pool, name string, n int) string {
	b := p.Get()
	defer p.Put(b)
	for i := range n {
		fmt.Fprintf(b, "%s%d;", name, i)
	}
	return b.String()
}

func main() {
	p := NewPool(2)
	fmt.Println(render(p, "a", 3))
	fmt.Println(render(p, "b", 2))
	b1, b2, b3 := p.Get(), p.Get(), p.Get()
	b1.WriteString("x")
	p.Put(b1)
	p.Put(b2)
	p.Put(b3)
	fmt.Println(p.created, len(p.free), cap(p.free))
	b := p.Get()
	fmt.Println(b.Len(), b == b1)
}
