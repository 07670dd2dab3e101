// go run:      D! D! D!
// gobackprop:  1 D! D!   (both styles; SILENT wrong answer)
// A generic method formatting a field of type-parameter type (m.State, S = D) loses D's String
// method: fmt prints the underlying int. A generic function given the same value prints it right.
// Variants (same session): value receiver, a local copy (s := m.State), a method parameter of
// type S and a []S element all print the bare int; `var a any = m.State; fmt.Sprint(a)` prints D!.
// Seen in generics_x22a_fsm.go (notebook): "error: 1 on lock" instead of "error: Opened on lock".
package main

import "fmt"

type D int

func (d D) String() string { return "D!" }

type M[S any] struct{ State S }

func (m *M[S]) Show() string { return fmt.Sprint(m.State) }

func Show[S any](s S) string { return fmt.Sprint(s) }

func main() {
	m := &M[D]{State: 1}
	fmt.Println(m.Show(), Show(D(1)), Show(m.State))
}
