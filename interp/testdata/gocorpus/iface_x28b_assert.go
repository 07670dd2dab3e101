package main

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

// Type assertions: the single-value form panics on mismatch; use comma-ok.
// Compile-time interface checks with var _ I = (*T)(nil).

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Named interface {
	Name() string
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Square struct{ Rect }

func (r Rect) Area() float64         { return r.W * r.H }
func (r Rect) Perimeter() float64    { return 2 * (r.W + r.H) }
func (r Rect) Name() string          { return "rect" }
func (c *Circle) Area() float64      { return 3 * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 6 * c.R }
func (s Square) Name() string        { return "square" }

var (
	_ Shape = Rect{}
	_ Shape = (*Circle)(nil)
	_ Named = Square{}
)

func describe(s Shape) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%T area=%.1f", s, s.Area())
	if n, ok := s.(Named); ok {
		fmt.Fprintf(&b, " name=%s", n.Name())
	}
	if sq, ok := s.(Square); ok {
		fmt.Fprintf(&b, " side=%.0f", sq.W)
	}
	return b.String()
}

type byArea []Shape

func (a byArea) Len() int           { return len(a) }
func (a byArea) Less(i, j int) bool { return a[i].Area() < a[j].Area() }
func (a byArea) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func main() {
	shapes := []Shape{Rect{3, 4}, &Circle{1}, Square{Rect{2, 2}}, Rect{1, 1}}
	sort.Sort(byArea(shapes))
	for _, s := range shapes {
		fmt.Println(describe(s))
	}

	var v any = 42
	if s, ok := v.(string); !ok {
		fmt.Printf("not a string: %q %v\n", s, ok)
	}
	n := v.(int)
	fmt.Println("int:", n)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		_ = v.(float64)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var sh Shape
		_ = sh.(Rect)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var r any = Rect{}
		_ = r.(io.Reader)
	}()

	// Asserting to a pointer vs value type.
	var s Shape = &Circle{2}
	c, isPtr := s.(*Circle)
	fmt.Println(isPtr, c.R)

	// Interface holding a struct: assertion gives a copy.
	var shp Shape = Rect{1, 2}
	r := shp.(Rect)
	r.W = 100
	fmt.Println(shp.Area(), r.Area())

	// Switch on multiple types binds the interface type.
	for _, x := range []any{1, int8(2), "s", 2.5, []int{1}, nil, Rect{}} {
		switch t := x.(type) {
		case int, int8:
			fmt.Printf("integer %T %v; ", t, t)
		case string, float64:
			fmt.Printf("str-or-float %v; ", t)
		case Shape:
			fmt.Printf("shape %.0f; ", t.Perimeter())
		case nil:
			fmt.Print("nil; ")
		default:
			fmt.Printf("other %T; ", t)
		}
	}
	fmt.Println()
}
