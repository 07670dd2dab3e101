package main

import (
	"fmt"
	"math"
	"sort"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Triangle struct{ A, B, C float64 }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (c Circle) Area() float64    { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 {
	return 2 * math.Pi * c.R
}
func (t Triangle) Perimeter() float64 { return t.A + t.B + t.C }
func (t Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}
func (c Circle) String() string { return fmt.Sprintf("Circle(r=%g)", c.R) }

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v", x)
	case string:
		return "string of len " + fmt.Sprint(len(x))
	case fmt.Stringer:
		return "stringer " + x.String()
	case Shape:
		return fmt.Sprintf("shape area %.2f", x.Area())
	case error:
		return "error " + x.Error()
	case []any:
		out := "["
		for i, e := range x {
			if i > 0 {
				out += ", "
			}
			out += describe(e)
		}
		return out + "]"
	default:
		return fmt.Sprintf("other %T", x)
	}
}

type byArea []Shape

func (b byArea) Len() int           { return len(b) }
func (b byArea) Less(i, j int) bool { return b[i].Area() < b[j].Area() }
func (b byArea) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	shapes := []Shape{Rect{3, 4}, Circle{1}, Triangle{3, 4, 5}, Rect{1, 1}, Circle{2}}
	sort.Sort(byArea(shapes))
	for _, s := range shapes {
		fmt.Printf("%-20v area=%6.2f perim=%6.2f\n", s, s.Area(), s.Perimeter())
	}
	total := 0.0
	for _, s := range shapes {
		if r, ok := s.(Rect); ok {
			total += r.W
		}
	}
	fmt.Println("rect widths:", total)

	vals := []any{nil, 3, int64(4), "hey", Circle{5}, Rect{2, 2}, fmt.Errorf("boom"), []any{1, "a"}, 2.5}
	for _, v := range vals {
		fmt.Println(describe(v))
	}

	var s Shape
	fmt.Println(s == nil)
	var rp *Rect
	fmt.Println(rp == nil)
	var e1, e2 any = Rect{1, 2}, Rect{1, 2}
	fmt.Println(e1 == e2)
}
