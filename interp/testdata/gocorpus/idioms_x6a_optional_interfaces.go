// Exercises: interface satisfaction checks, type assertion to optional interfaces, io.WriterTo fallback, fmt.Stringer vs error priority
package main

import (
	"fmt"
	"io"
	"strings"
)

type Shape interface{ Area() float64 }
type Namer interface{ Name() string }
type Resetter interface{ Reset() }

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Poly struct{ pts int }

func (r Rect) Area() float64    { return r.W * r.H }
func (r Rect) Name() string     { return "rect" }
func (c *Circle) Area() float64 { return 3 * c.R * c.R }
func (c *Circle) Reset()        { c.R = 0 }
func (p Poly) Area() float64    { return float64(p.pts) }
func (p Poly) String() string   { return fmt.Sprintf("poly/%d", p.pts) }

var (
	_ Shape    = Rect{}
	_ Shape    = (*Circle)(nil)
	_ Resetter = (*Circle)(nil)
	_ Namer    = Rect{}
)

func describe(s Shape) string {
	name := "?"
	if n, ok := s.(Namer); ok {
		name = n.Name()
	} else if st, ok := s.(fmt.Stringer); ok {
		name = st.String()
	}
	if r, ok := s.(Resetter); ok {
		r.Reset()
		name += "(reset)"
	}
	return fmt.Sprintf("%s %.1f", name, s.Area())
}

func main() {
	for _, s := range []Shape{Rect{2, 3}, &Circle{2}, Poly{5}} {
		fmt.Println(describe(s))
	}
	var w io.Writer = &strings.Builder{}
	_, isStringer := w.(fmt.Stringer)
	_, isReader := w.(io.Reader)
	fmt.Println(isStringer, isReader)
	fmt.Println(Poly{3}, []Poly{{1}, {2}})
}
