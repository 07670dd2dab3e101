// Exercises: a struct of one embedded compiled type with methods of its own (a pipe embedding bytes.Buffer)
// used as an io.Writer and as an interface embedding io.ReadWriter; an optional-interface check
// (_, ok := w.(io.StringWriter)) on a writer that may hold it; a value type whose methods are on the
// pointer, asserted from an io.Writer to fmt.Stringer.
package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"sync"
)

type Counter struct {
	sync.Mutex
	n int
}

type pipe struct{ bytes.Buffer }

func (*pipe) Name() string { return "pipe" }

type Named interface {
	io.ReadWriter
	Name() string
}

type Counts struct{ Bytes, Writes int }

func (c *Counts) Write(p []byte) (int, error) {
	c.Bytes += len(p)
	c.Writes++
	return len(p), nil
}

func (c Counts) String() string { return fmt.Sprintf("%dB in %d writes", c.Bytes, c.Writes) }

func describe(w io.Writer) {
	_, sw := w.(io.StringWriter)
	_, st := w.(fmt.Stringer)
	fmt.Printf("%T string-writer=%v stringer=%v\n", w, sw, st)
}

func main() {
	c := &Counter{}
	var l sync.Locker = c
	l.Lock()
	c.n++
	l.Unlock()
	fmt.Println(c.n)

	var n Named = &pipe{}
	n.Write([]byte("abc"))
	b := make([]byte, 2)
	k, _ := n.Read(b)
	fmt.Println(n.Name(), k, string(b[:k]), n.(io.Reader) != nil)

	var w io.Writer = &pipe{}
	fmt.Fprintf(w, "x=%d", 3)
	fmt.Println(w.(*pipe).String(), w.(*pipe).Len())

	cnt := &Counts{}
	fmt.Fprintf(cnt, "hello %s", "world")
	io.WriteString(cnt, "!")
	describe(cnt)
	describe(&pipe{})
	describe(&strings.Builder{})
	if s, ok := io.Writer(cnt).(fmt.Stringer); ok {
		fmt.Println("stringer:", s)
	}
}
