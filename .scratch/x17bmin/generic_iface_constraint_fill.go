// go run: [a]
// gobackprop (both styles): runtime.Error: runtime error: invalid memory address or nil pointer dereference
// A generic function whose type parameter C is constrained by a generic interface Pusher[T] AND that has a
// variadic ...T parameter: calling c.Push(...) crashes. Without the variadic (c C, v T) it works; with a
// non-generic constraint it works. In the blind program (generic Stack[T], Fill[string](s, ...)) the same
// shape is reported as panic(*interp.cfgError): CFG post-order panic: nil pointer dereference.
package main

import "fmt"

type Stack struct{ items []string }

func (s *Stack) Push(v string) { s.items = append(s.items, v) }

type Pusher[T any] interface{ Push(T) }

func Fill[T any, C Pusher[T]](c C, vs ...T) { c.Push(vs[0]) }

func main() {
	s := &Stack{}
	Fill(s, "a")
	fmt.Println(s.items)
}
