// Exercises: object pool with a buffered channel, select with default for non-blocking get, reuse counting
package main

import (
	"bytes"
	"fmt"
)

type Pool struct {
	ch      chan *bytes.Buffer
	created int
}

func NewPool(n int) *Pool { return &Pool{ch: make(chan *bytes.Buffer, n)} }

func (p *Pool) Get() *bytes.Buffer {
	select {
	case b := <-p.ch:
		return b
	default:
		p.created++
		return new(bytes.Buffer)
	}
}

func (p *Pool) Put(b *bytes.Buffer) bool {
	b.Reset()
	select {
	case p.ch <- b:
		return true
	default:
		return false
	}
}

func main() {
	p := NewPool(2)
	a, b, c := p.Get(), p.Get(), p.Get()
	a.WriteString("alpha")
	b.WriteString("beta")
	fmt.Println(a.String(), b.Len(), c.Len(), p.created)
	fmt.Println(p.Put(a), p.Put(b), p.Put(c), len(p.ch), cap(p.ch))
	d := p.Get()
	fmt.Println(d == a, d.Len(), p.created)
	for i := 0; i < 5; i++ {
		x := p.Get()
		fmt.Fprintf(x, "job%d", i)
		fmt.Print(x.String(), " ")
		p.Put(x)
	}
	fmt.Println(p.created, len(p.ch))
}
