// A generic type's methods hand values of its type parameter to fmt,
// to any(x) and to an interface{} variable: a named type argument keeps
// its String and Error methods there.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type D int

func (d D) String() string { return "D!" }

type E string

func (e E) Error() string { return "E:" + string(e) }

type M[S any] struct {
	State S
}

func (m M[S]) A() any               { return any(m.State) }
func (m M[S]) B() string            { var x any = m.State; return fmt.Sprint(x) }
func (m M[S]) C() string            { s := m.State; return fmt.Sprintf("%v %+v %T", s, s, s) }
func (m M[S]) W(b *strings.Builder) { fmt.Fprint(b, m.State, ";") }
func (m M[S]) P()                   { fmt.Println(m.State) }
func (m M[S]) IsErr() bool          { _, ok := any(m.State).(error); return ok }

func main() {
	m := M[D]{State: 1}
	fmt.Println(m.A(), m.B(), m.C())
	var b strings.Builder
	m.W(&b)
	fmt.Println(b.String())
	m.P()
	e := M[E]{State: "x"}
	fmt.Println(e.A(), e.B(), e.C(), e.IsErr(), m.IsErr())
	var err error = e.State
	fmt.Println(errors.Is(err, E("x")))
	i := M[int]{State: 3}
	fmt.Println(i.A(), i.B(), i.C())
	i.P()
}
