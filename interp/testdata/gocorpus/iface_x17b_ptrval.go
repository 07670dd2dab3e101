package main

import "fmt"

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }

type Square struct{ Side float64 }

func (s *Square) Area() float64      { return s.Side * s.Side }
func (s *Square) Perimeter() float64 { return 4 * s.Side }
func (s *Square) Grow(d float64)     { s.Side += d }

type Grower interface{ Grow(float64) }

func describe(s Shape) string {
	switch v := s.(type) {
	case Rect:
		return fmt.Sprintf("rect %gx%g", v.W, v.H)
	case *Rect:
		return fmt.Sprintf("rect ptr %gx%g", v.W, v.H)
	case *Square:
		return fmt.Sprintf("square %g", v.Side)
	default:
		return "unknown"
	}
}

func main() {
	sq := &Square{2}
	shapes := []Shape{Rect{3, 4}, &Rect{1, 2}, sq}
	for i, s := range shapes {
		fmt.Printf("%d %s area=%.1f per=%.1f\n", i, describe(s), s.Area(), s.Perimeter())
		if g, ok := s.(Grower); ok {
			g.Grow(1)
			fmt.Println("  grew to", s.Area())
		}
	}
	fmt.Println(sq.Side)
	var a, b Shape = Rect{1, 1}, Rect{1, 1}
	fmt.Println(a == b)
	var c, d Shape = &Square{1}, &Square{1}
	fmt.Println(c == d, c == c)
	var nilSq *Square
	var e Shape = nilSq
	fmt.Println(e == nil, e != nil)
	fmt.Printf("%T %v\n", e, e)
	m := map[Shape]string{Rect{1, 2}: "a", Rect{2, 1}: "b"}
	fmt.Println(m[Rect{1, 2}], m[Rect{2, 1}], len(m))
	fmt.Printf("%v %+v\n", shapes[0], shapes[1])
}
