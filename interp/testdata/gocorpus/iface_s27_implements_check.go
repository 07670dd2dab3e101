// The compile-time check that a type implements an interface, var _ I =
// (*T)(nil), for compiled and own interfaces, at the top level and in main.
package main

import (
	"fmt"
	"io"
	"log/slog"
	"sort"
)

type W struct{ n int }

func (w *W) Write(p []byte) (int, error) { w.n += len(p); return len(p), nil }

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type Shape interface{ Area() float64 }
type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }

type H struct{ slog.Handler }

var _ io.Writer = (*W)(nil)
var _ sort.Interface = byLen(nil)
var _ Shape = Sq{}
var _ Shape = (*Sq)(nil)
var _ fmt.Stringer = (*stringer)(nil)
var (
	_ io.Writer    = &W{}
	_ slog.Handler = (*H)(nil)
)

type stringer struct{}

func (*stringer) String() string { return "s" }

func main() {
	var _ io.Writer = (*W)(nil)
	w := &W{}
	fmt.Fprint(w, "hello")
	xs := byLen{"ccc", "a", "bb"}
	sort.Sort(xs)
	fmt.Println(w.n, xs)
}
