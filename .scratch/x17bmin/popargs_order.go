// go run: {2} 2
// gobackprop (both styles, silent): {1} 2
// A variable passed to a ...any call (fmt.Println) followed, in the same argument list, by a pointer-receiver
// method call on that variable (p.Bump() == (&p).Bump()): gc reads p after the call, the session before.
// The spec leaves the order of a plain operand read vs a call unspecified, but gc is the reference; with a
// closure that reassigns a captured slice the session agrees with gc.
package main

import "fmt"

type P struct{ n int }

func (p *P) Bump() int { p.n++; return p.n }

func main() {
	p := P{1}
	fmt.Println(p, p.Bump())
}
