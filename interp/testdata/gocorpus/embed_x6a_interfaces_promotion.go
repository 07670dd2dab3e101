// Exercises: overlapping embedded interfaces, a struct embedding an interface left nil (calling it panics), promotion through embedded pointers two levels deep, promoted methods of an embedded generic type
package main

import (
	"fmt"
	"io"
	"strings"
)

type ReadCloser interface {
	io.Reader
	io.Closer
}
type ReadWriteCloser interface {
	ReadCloser
	io.WriteCloser
}

type nopRWC struct{ *strings.Reader }

func (nopRWC) Write(p []byte) (int, error) { return len(p), nil }
func (nopRWC) Close() error                { return nil }

type Base struct{ id int }

func (b *Base) ID() int { return b.id }

type Mid struct{ *Base }
type Top struct{ Mid }

type Counter[T comparable] struct{ seen map[T]int }

func (c *Counter[T]) Add(v T) int {
	if c.seen == nil {
		c.seen = map[T]int{}
	}
	c.seen[v]++
	return c.seen[v]
}

type WordStats struct {
	Counter[string]
	Name string
}

type Partial struct{ io.Reader }

func main() {
	var rwc ReadWriteCloser = nopRWC{strings.NewReader("data")}
	b, _ := io.ReadAll(rwc)
	n, _ := rwc.Write([]byte("xyz"))
	fmt.Println(string(b), n, rwc.Close())
	t := Top{Mid{&Base{7}}}
	fmt.Println(t.ID(), t.Mid.Base.id)
	var ws WordStats
	ws.Add("a")
	fmt.Println(ws.Add("a"), ws.Add("b"), len(ws.seen))
	defer func() { fmt.Println("recovered:", recover()) }()
	var p Partial
	p.Read(nil)
}
