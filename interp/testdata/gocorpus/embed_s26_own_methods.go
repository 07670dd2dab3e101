// Exercises: structs of one embedded compiled type (a *bufio.Writer, a strings.Builder, a sync.Mutex) with methods of
// their own, used through the promoted methods, as io.Writer, fmt.Stringer and sync.Locker.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
)

type LineWriter struct{ *bufio.Writer }

func (l LineWriter) Line(s string) { l.WriteString(s + "\n") }

type Buf struct{ strings.Builder }

func (b *Buf) Add(s string) *Buf { b.WriteString(s); return b }

type Guard struct{ sync.Mutex }

func (g *Guard) Do(f func()) { g.Lock(); defer g.Unlock(); f() }

func main() {
	lw := LineWriter{bufio.NewWriter(os.Stdout)}
	lw.Line("one")
	fmt.Fprintf(lw, "two %d\n", 2)
	var w io.Writer = lw
	io.WriteString(w, "three\n")
	lw.Flush()
	b := &Buf{}
	b.Add("a").Add("b")
	var s fmt.Stringer = b
	fmt.Println(s.String(), b.Len(), s)
	fmt.Fprintf(b, "-%d", 7)
	fmt.Println(b.String())
	var g Guard
	n := 0
	g.Do(func() { n++ })
	var l sync.Locker = &g
	l.Lock()
	n++
	l.Unlock()
	fmt.Println(n)
}
